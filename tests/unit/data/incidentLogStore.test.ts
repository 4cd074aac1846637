// The in-memory log: loads once, then takes in only new rows, in event-time order.
import { describe, expect, it } from 'vitest';
import { IncidentLogStore } from '../../../renderer/data/stores/incidentLog';
import { amendEntry, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

function waitFor<T>(store: IncidentLogStore, predicate: (s: ReturnType<IncidentLogStore['getSnapshot']>) => T | false): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const value = predicate(store.getSnapshot());
      if (value !== false) {
        unsubscribe();
        resolve(value);
      }
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

describe('IncidentLogStore', () => {
  it('orders threads by event time, shows the current version, and picks up new entries live', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const late = await appendEntry(nb.ctx, noteDraft(incident.id, 'late', '2026-11-23T05:00:00.000Z'));
    await appendEntry(nb.ctx, noteDraft(incident.id, 'early', '2026-11-23T01:00:00.000Z'));
    const store = new IncidentLogStore(nb.db, incident.id);
    const first = await waitFor(store, (s) => !s.loading && s.threads.map((t) => t.current.text));
    expect(first).toEqual(['early', 'late']);

    await appendEntry(nb.ctx, noteDraft(incident.id, 'backdated', '2026-11-22T23:00:00.000Z'));
    await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'late, corrected', '2026-11-23T00:30:00.000Z'), targetId: late.id, reason: 'time was wrong' });
    const next = await waitFor(store, (s) => s.threads.length === 3 && s.threads.some((t) => t.amendments.length === 1) && s.threads.map((t) => t.current.text));
    expect(next).toEqual(['backdated', 'late, corrected', 'early']);
    expect(store.getSnapshot().authors).toEqual(['Aiko Sato']);
    store.stop();
  });

  it('does not show another incident\'s entries', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    const b = await newIncident(nb, 'B');
    await appendEntry(nb.ctx, noteDraft(b.id, 'other incident'));
    const store = new IncidentLogStore(nb.db, a.id);
    const threads = await waitFor(store, (s) => !s.loading && s.threads);
    expect(threads).toHaveLength(0);
    store.stop();
  });
});
