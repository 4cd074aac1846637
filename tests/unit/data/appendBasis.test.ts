// An append after an earlier one is hashed before its transaction, on what that append left,
// and asks for the stored basis and its writes in one round trip. When the stored basis is
// not the one assumed (another tab wrote, a correction moved the head, the profile changed),
// that transaction is aborted, stores nothing, and the append runs again on what is stored:
// the chain never forks and every entry is stored once.
import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { LanternDB } from '../../../renderer/data/db';
import { createContext } from '../../../renderer/data/context';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { amendEntry, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

/** Records, per read-write transaction, the order in which requests were asked for and answered. */
async function requestLog(db: LanternDB) {
  const log: string[][] = [];
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'RequestLog',
    create(down) {
      const perTrans = new WeakMap<object, string[]>();
      const track = <T>(trans: object, name: string, work: Promise<T>) => {
        const events = perTrans.get(trans);
        events?.push(`ask ${name}`);
        return work.then((result) => (events?.push(`got ${name}`), result));
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite') {
            const events: string[] = [];
            perTrans.set(trans, events);
            log.push(events);
          }
          return trans;
        },
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            get: (req) => track(req.trans, `${name}.get`, table.get(req)),
            query: (req) => track(req.trans, `${name}.query`, table.query(req)),
            mutate: (req) => track(req.trans, `${name}.${req.type}`, table.mutate(req)),
          };
        },
      };
    },
  };
  db.use(middleware);
  // Middleware takes effect when the database opens.
  db.close();
  await db.open();
  return log;
}

describe('appending on the last append’s basis', () => {
  it('asks for the stored basis and the writes at once, after a first append that read first', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const log = await requestLog(nb.db);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    const [first, second] = log.slice(-2);
    const askedBeforeAnswer = (events: string[]) => events.slice(0, events.findIndex((e) => e.startsWith('got '))).filter((e) => e.startsWith('ask entries.add'));
    // Nothing to build on yet: the first reads, then writes.
    expect(askedBeforeAnswer(first!)).toEqual([]);
    expect(first!.indexOf('ask entries.add')).toBeGreaterThan(first!.indexOf('got profile.get'));
    expect(askedBeforeAnswer(second!)).toEqual(['ask entries.add']);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('starts again on what is stored when another tab wrote in between: no fork, no entry twice', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    // Another tab of the same profile: its own database connection and its own memory.
    const other = new LanternDB(nb.db.name);
    const otherCtx = createContext(other, { now: () => nb.clock.now, zone: () => 'Asia/Tokyo' });
    await appendEntry(otherCtx, noteDraft(incident.id, 'written in the other tab'));
    const log = await requestLog(nb.db);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    // The first transaction found another basis and was aborted; the second wrote.
    expect(log).toHaveLength(2);
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.map((e) => e.text).slice(-3)).toEqual(['FS01 isolated', 'written in the other tab', 'FS02 isolated']);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e._row)).size).toBe(entries.length);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, entries: entries.length });
    other.close();
  });

  it('follows a correction and a renamed profile', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const first = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'FS01 isolated at the switch'), targetId: first.id, reason: 'more precise' });
    await saveProfile(nb.ctx, { name: 'Aiko Sato-Tanaka', role: 'Lead', organization: 'Example KK' });
    const next = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    expect(next.author).toEqual({ name: 'Aiko Sato-Tanaka', role: 'Lead' });
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('builds the first entry in a new incident on what is stored, then goes on from it', async () => {
    const nb = await openTestNotebook();
    const a = await newIncident(nb, 'A');
    await appendEntry(nb.ctx, noteDraft(a.id, 'in A'));
    const b = await newIncident(nb, 'B');
    await appendEntry(nb.ctx, noteDraft(b.id, 'in B'));
    await appendEntry(nb.ctx, noteDraft(a.id, 'in A again'));
    for (const id of [a.id, b.id]) expect(await verifyIncidentLog(nb.db, id)).toMatchObject({ ok: true });
  });
});
