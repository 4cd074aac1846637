// The log journal, renderer side, against main's real journal on disk: a write resolves only
// once its records are in the journal; an aborted write journals nothing; entries the
// database lost, or a whole database the browser reset, come back from the journal exactly as
// they were hashed, and every chain verifies.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLogJournal } from '../../../main/services/logJournal';
import { LanternDB } from '../../../renderer/data/db';
import { createContext } from '../../../renderer/data/context';
import { attachJournal, JOURNAL_CHECK, JournalWriter, recoverFromJournal } from '../../../renderer/data/journal';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { amendEntry, appendEntries, appendEntry } from '../../../renderer/data/repositories/entries.write';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { readSetting } from '../../../renderer/data/repositories/settings';
import type { JournalHost } from '../../../renderer/platform/journalHost';
import type { JournalRecord } from '../../../shared/ipc/contract';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { newIncident, noteDraft, openTestNotebook, type TestNotebook } from './fixtures';

const newJournal = () => createLogJournal(join(mkdtempSync(join(tmpdir(), 'lantern-journal-')), 'journal', 'log.ndjson'));

/** A notebook whose writes go to a real journal file, as in the app. */
async function journaledNotebook(host: JournalHost = newJournal()) {
  const nb = await openTestNotebook(false);
  const writer = new JournalWriter(host);
  attachJournal(nb.db, writer);
  await saveProfile(nb.ctx, { name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' });
  return { ...nb, writer, host };
}

/** The same database opened without the journal: what the browser engine does behind the app's back. */
const behindTheAppsBack = (nb: TestNotebook) => new LanternDB(nb.db.name);

const entryTexts = (records: readonly JournalRecord[]) => records.flatMap((r) => (r.kind === 'entry' ? [r.entry.text] : []));

describe('the log journal (renderer)', () => {
  it('resolves an append only once main holds the entry, and after the database committed it', async () => {
    const journal = newJournal();
    let hold: Promise<void> | null = null;
    let release = () => {};
    const sent: JournalRecord[][] = [];
    const host: JournalHost = {
      ...journal,
      append: async (records) => {
        sent.push(records);
        if (hold) await hold;
        await journal.append(records);
      },
    };
    const nb = await journaledNotebook(host);
    const incident = await newIncident(nb);
    hold = new Promise<void>((resolve) => (release = resolve));

    let acknowledged = false;
    const pending = appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated')).then((entry) => ((acknowledged = true), entry));
    await vi.waitFor(() => expect(entryTexts(sent.flat())).toContain('FS01 isolated'));
    // Sent to main only after the commit: the database already has it.
    expect((await allEntries(nb.db, incident.id)).map((e) => e.text)).toContain('FS01 isolated');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(acknowledged).toBe(false);
    release();
    const entry = await pending;
    expect((await journal.tail(1)).records).toEqual([{ kind: 'entry', entry }]);
  });

  it('journals nothing of a write that failed', async () => {
    const nb = await journaledNotebook();
    const incident = await newIncident(nb);
    await nb.writer.settled();
    const before = await nb.host.tail(100);
    await expect(appendEntries(nb.ctx, [noteDraft(incident.id, 'fine'), { ...noteDraft(incident.id, 'bad'), occurredAt: 'yesterday' }])).rejects.toMatchObject({
      code: 'entry.invalid',
    });
    expect(await nb.host.tail(100)).toEqual(before);
  });

  it('writes back the newest entries the database lost, exactly as hashed, and the chain verifies', async () => {
    const nb = await journaledNotebook();
    const incident = await newIncident(nb);
    const written: LogEntry[] = [];
    for (let i = 1; i <= 5; i++) written.push(await appendEntry(nb.ctx, noteDraft(incident.id, `FS0${i} isolated`)));
    expect(await recoverFromJournal(nb.ctx, nb.writer)).toBeNull();

    const count = (await allEntries(nb.db, incident.id)).length;
    // The last two transactions are gone, chain head included, as after a crash that lost them.
    const raw = behindTheAppsBack(nb);
    await raw.transaction('rw', raw.entries, raw.chainHeads, async () => {
      await raw.entries.bulkDelete([written[3]!.id, written[4]!.id]);
      await raw.chainHeads.put({ incidentId: incident.id, deviceId: written[2]!.deviceId, seq: written[2]!.seq, hash: written[2]!.hash });
    });
    raw.close();
    expect(await allEntries(nb.db, incident.id)).toHaveLength(count - 2);

    expect(await recoverFromJournal(nb.ctx, nb.writer)).toEqual({ entries: 2, incidents: 0, profile: false, rejected: 0 });
    const back = await allEntries(nb.db, incident.id);
    for (const entry of written) expect(back.find((e) => e.id === entry.id)).toMatchObject(entry);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
    // Written back without being journaled again, and nothing is missing any more.
    expect(entryTexts((await nb.host.tail(100)).records).filter((t) => t === 'FS05 isolated')).toHaveLength(1);
    expect(await recoverFromJournal(nb.ctx, nb.writer)).toBeNull();
    // The log goes on from the head written back.
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS06 isolated'));
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true, entries: count + 1 });
  });

  it('rebuilds a database the browser reset: profile, incidents and every entry, and reopens the last incident', async () => {
    const nb = await journaledNotebook();
    const incident = await newIncident(nb, 'Ransomware at Tokyo DC');
    const other = await newIncident(nb, 'Phishing wave');
    const first = await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'FS01 isolated at the switch'), targetId: first.id, reason: 'more precise' });
    await appendEntry(nb.ctx, noteDraft(other.id, 'Mail gateway quarantined'));
    // More than the records checked on every start: the whole journal has to be read.
    for (let i = 0; i < JOURNAL_CHECK; i++) await appendEntry(nb.ctx, noteDraft(incident.id, `entry ${i}`));
    const before = await allEntries(nb.db, incident.id);
    const otherBefore = await allEntries(nb.db, other.id);

    // The browser deleted the database: the app opens an empty one.
    const fresh = new LanternDB(`${nb.db.name}-reset`);
    const ctx = createContext(fresh, { now: () => nb.clock.now, zone: () => 'Asia/Tokyo' });
    const writer = new JournalWriter(nb.host);
    attachJournal(fresh, writer);
    const recovered = await recoverFromJournal(ctx, writer);
    expect(recovered).toEqual({ entries: before.length + otherBefore.length, incidents: 2, profile: true, rejected: 0 });

    expect(await fresh.profile.get('self')).toMatchObject({ name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' });
    // A new signing key: the old private key never left the lost database.
    expect((await fresh.device.get('device'))?.deviceId).not.toBe(first.deviceId);
    expect((await fresh.incidents.toArray()).map((i) => i.title).sort()).toEqual(['Phishing wave', 'Ransomware at Tokyo DC']);
    expect((await allEntries(fresh, incident.id)).map(({ _row, ...e }) => e)).toEqual(before.map(({ _row, ...e }) => e));
    expect(await readSetting(fresh, 'lastIncidentId')).toBe(incident.id);
    for (const id of [incident.id, other.id]) expect(await verifyIncidentLog(fresh, id)).toMatchObject({ ok: true });

    // Writing goes on from the new device; both chains verify.
    await appendEntry(ctx, noteDraft(incident.id, 'written after the recovery'));
    expect(await verifyIncidentLog(fresh, incident.id)).toMatchObject({ ok: true, entries: before.length + 1 });
  });

  it('does not write back an entry altered in the journal, and counts it', async () => {
    const journal = newJournal();
    const nb = await journaledNotebook(journal);
    const incident = await newIncident(nb);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    writeFileSync(journal.file, readFileSync(journal.file, 'utf8').replace('FS02 isolated', 'FS02 left online'));

    const fresh = new LanternDB(`${nb.db.name}-reset`);
    const writer = new JournalWriter(journal);
    attachJournal(fresh, writer);
    const recovered = await recoverFromJournal(createContext(fresh), writer);
    expect(recovered).toMatchObject({ entries: 1, rejected: 1 });
    expect((await allEntries(fresh, incident.id)).map((e) => e.text)).toEqual(['FS01 isolated']);
  });

  it('takes a restore that replaced the notebook as the journal’s new start', async () => {
    const nb = await journaledNotebook();
    const incident = await newIncident(nb);
    await appendEntry(nb.ctx, noteDraft(incident.id, 'before the restore'));
    // A restore clears the tables first (repositories/backup.write.ts).
    await nb.db.transaction('rw', nb.db.entries, nb.db.incidents, async () => {
      await nb.db.entries.clear();
      await nb.db.incidents.clear();
    });
    expect((await nb.host.tail(1)).records).toEqual([{ kind: 'reset' }]);
    expect(await recoverFromJournal(nb.ctx, nb.writer)).toBeNull();
    expect(await nb.db.entries.count()).toBe(0);
  });
});

describe('the journal writer', () => {
  it('reports a journal main could not write, keeps the records, and writes them with the next commit', async () => {
    const journal = newJournal();
    let refuse = false;
    const host: JournalHost = {
      ...journal,
      append: async (records) => {
        if (refuse) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'journal.writeFailed' });
        await journal.append(records);
      },
    };
    const nb = await journaledNotebook(host);
    const incident = await newIncident(nb);
    const seen: unknown[] = [];
    nb.writer.subscribe(() => seen.push(nb.writer.getHealth().failure));
    refuse = true;
    // The database has it: the append resolves; the journal's trouble is reported, not thrown.
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS01 isolated'));
    expect(nb.writer.getHealth().failure).toEqual({ code: 'journal.writeFailed', message: 'ENOSPC: no space left on device, write' });
    expect(entryTexts((await journal.tail(10)).records)).toEqual([]);
    refuse = false;
    await appendEntry(nb.ctx, noteDraft(incident.id, 'FS02 isolated'));
    expect(nb.writer.getHealth().failure).toBeNull();
    expect(entryTexts((await journal.tail(10)).records)).toEqual(['FS01 isolated', 'FS02 isolated']);
    expect(seen).toHaveLength(2);
  });
});
