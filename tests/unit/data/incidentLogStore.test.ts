// The in-memory log: loads once, then takes in only new rows, in event-time order.
import { describe, expect, it } from 'vitest';
import { IncidentLogCache, IncidentLogStore } from '../../../renderer/data/stores/incidentLog';
import { amendEntry, appendEntries, appendEntry } from '../../../renderer/data/repositories/entries.write';
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

  it('shows the newest entries first, then the whole log in event-time order', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const minute = (i: number) => new Date(Date.UTC(2026, 10, 20) + i * 60_000).toISOString();
    // Written in shuffled event-time order, more than one first screen's worth.
    const order = Array.from({ length: 450 }, (_, i) => (i * 173) % 450);
    await appendEntries(nb.ctx, order.map((i) => noteDraft(incident.id, `entry ${i}`, minute(i))));
    const store = new IncidentLogStore(nb.db, incident.id);
    const seen: { complete: boolean; count: number; first: string; last: string }[] = [];
    await waitFor(store, (s) => {
      if (!s.loading) seen.push({ complete: s.complete, count: s.threads.length, first: s.threads[0]!.current.text, last: s.threads.at(-1)!.current.text });
      return s.complete;
    });
    expect(seen[0]).toEqual({ complete: false, count: 60, first: 'entry 390', last: 'entry 449' });
    expect(seen.at(-1)).toEqual({ complete: true, count: 450, first: 'entry 0', last: 'entry 449' });
    store.stop();
  });
});

describe('IncidentLogCache', () => {
  /** Two incidents of three entries each. */
  async function twoIncidents() {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    const b = await newIncident(nb, 'B');
    await appendEntries(nb.ctx, [1, 2, 3].map((i) => noteDraft(a.id, `a ${i}`)));
    await appendEntries(nb.ctx, [1, 2, 3].map((i) => noteDraft(b.id, `b ${i}`)));
    return { nb, a, b };
  }

  /** Shows the incident's log (as the log view does) until the returned function is called. */
  async function show(cache: IncidentLogCache, incidentId: string) {
    const store = cache.get(incidentId);
    const unwatch = store.subscribe(() => {});
    await waitFor(store, (s) => s.complete);
    return { store, unwatch };
  }

  it('lets go of a log nobody shows once the logs in memory pass the budget; opened again, it loads afresh', async () => {
    const { nb, a, b } = await twoIncidents();
    const cache = new IncidentLogCache(nb.db, 3, 4);
    const first = await show(cache, a.id);
    first.unwatch();
    // The responder switches to B: 6 entries in memory, over the budget of 4.
    const second = await show(cache, b.id);
    expect(cache.get(b.id)).toBe(second.store);
    expect(second.store.size).toBe(3);
    const again = cache.get(a.id);
    expect(again).not.toBe(first.store);
    const texts = await waitFor(again, (s) => s.complete && s.threads.map((t) => t.current.text));
    expect([...texts].sort()).toEqual(['a 1', 'a 2', 'a 3']);
    second.unwatch();
    again.stop();
  });

  it('keeps the logs warm within the budget, and never lets go of a log being shown', async () => {
    const { nb, a, b } = await twoIncidents();
    const roomy = new IncidentLogCache(nb.db, 3, 100);
    const left = await show(roomy, a.id);
    left.unwatch();
    await show(roomy, b.id);
    expect(roomy.get(a.id)).toBe(left.store);
    expect(left.store.size).toBe(3);

    const tight = new IncidentLogCache(nb.db, 3, 4);
    const shownA = await show(tight, a.id);
    const shownB = await show(tight, b.id);
    expect(tight.get(a.id)).toBe(shownA.store);
    expect(tight.get(b.id)).toBe(shownB.store);
    for (const store of [left.store, roomy.get(b.id), shownA.store, shownB.store]) store.stop();
  });

  it('lets go at once of a log left while it was still loading, and its reading stops', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    // More than the first screen and the first page: the log loads in several steps.
    await appendEntries(nb.ctx, Array.from({ length: 700 }, (_, i) => noteDraft(incident.id, `entry ${i}`)));
    const cache = new IncidentLogCache(nb.db);
    const store = cache.get(incident.id);
    const unwatch = store.subscribe(() => {});
    await waitFor(store, (s) => !s.loading);
    expect(store.getSnapshot().complete).toBe(false);
    unwatch();
    // Watched from here without a listener: polled until it is let go or has loaded.
    for (let wait = 0; store.loadingUnwatched && wait < 500; wait++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getSnapshot().complete).toBe(false);
    expect(store.size).toBeLessThan(700);
    const again = cache.get(incident.id);
    expect(again).not.toBe(store);
    expect(await waitFor(again, (s) => s.complete && s.entryCount)).toBe(700);
    again.stop();
  });
});
