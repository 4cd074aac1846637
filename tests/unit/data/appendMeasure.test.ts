// The append's User Timing measure ('lantern:append', read by `npm run bench`) times the hash and
// the strict write, to the commit: not the live queries that Dexie starts on that commit before
// any later listener runs (a timeline's re-read, a counter's).
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APPEND_MEASURE, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

const BUSY_MS = 400;
const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMeasures(APPEND_MEASURE);
});

describe("the append's measure", () => {
  it('ends at the commit, before the live queries the write wakes', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'first'));
    // A live query over the entries that takes BUSY_MS each time it runs again.
    let runs = 0;
    const woken = new Promise<void>((resolve) => {
      const subscription = liveQuery(() => {
        runs += 1;
        if (runs > 1) {
          busyFor(BUSY_MS);
          resolve();
          setTimeout(() => subscription.unsubscribe());
        }
        return nb.db.entries.where('[incidentId+_row]').between([incident.id, -Infinity], [incident.id, Infinity]).count();
      }).subscribe({});
    });
    await vi.waitFor(() => expect(runs).toBe(1));
    // fake-indexeddb stamps events with Date.now(); a browser's stamps share performance.now()'s clock.
    vi.spyOn(Date, 'now').mockImplementation(() => performance.now());
    performance.clearMeasures(APPEND_MEASURE);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'second'));
    await woken;
    const [measure] = performance.getEntriesByName(APPEND_MEASURE, 'measure');
    expect(measure).toBeDefined();
    expect(measure!.duration).toBeGreaterThan(0);
    expect(measure!.duration).toBeLessThan(BUSY_MS);
  });
});
