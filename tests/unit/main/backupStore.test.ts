// main's backups on disk, with real files: each backup streams to `.part` and is renamed when
// finished; rotation keeps the newest N and never the file just written; a copy to the
// responder's folder that fails (a USB drive pulled out, a full stick) is reported and costs
// nothing of the main backup; a full disk in main's own folder is said as such.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBackupFs } from '../../../main/services/backupFs';
import { backupName, createBackupStore, newestFirst, parseBackupName, rotationVictims, type BackupFs } from '../../../main/services/backupStore';
import { createSaveSessions } from '../../../main/services/saveSessions';
import { BackupNameSchema } from '../../../shared/ipc/contract';
import { backupFileName } from '../../../renderer/backup/format';

const bytes = (text: string) => new TextEncoder().encode(text);
const tempDir = () => mkdtempSync(join(tmpdir(), 'lantern-backup-test-'));

function setup(options: { fs?: BackupFs; keep?: number; copyFolder?: string | null; clock?: { now: Date } } = {}) {
  const folder = join(tempDir(), 'backups');
  const clock = options.clock ?? { now: new Date('2026-11-23T01:00:00.000Z') };
  const fs = options.fs ?? nodeBackupFs;
  let copyFolder = options.copyFolder ?? null;
  let activity = 0;
  const store = createBackupStore({
    folder,
    fs,
    sessions: createSaveSessions({ fs }),
    copyFolder: () => copyFolder,
    keep: options.keep ?? 3,
    now: () => clock.now,
    onActivity: () => void (activity += 1),
  });
  return { store, folder, clock, setCopyFolder: (f: string | null) => (copyFolder = f), activity: () => activity };
}

async function backUp(store: ReturnType<typeof setup>['store'], content: string) {
  const { token, name } = await store.begin('scheduled');
  await store.write(token, bytes(content));
  return { name, finished: await store.finish(token) };
}

describe('backup names', () => {
  it('name the UTC time of writing, match the contract, and sort newest first with their counters', () => {
    const at = new Date('2026-11-23T01:02:03.456Z');
    expect(backupName(at)).toBe('lantern-backup-2026-11-23T01-02-03Z.zip');
    expect(backupName(at, 2)).toBe('lantern-backup-2026-11-23T01-02-03Z-2.zip');
    expect(backupFileName(at)).toBe(backupName(at));
    for (const name of [backupName(at), backupName(at, 12)]) expect(BackupNameSchema.safeParse(name).success).toBe(true);
    expect(parseBackupName('lantern-backup-2026-11-23T01-02-03Z-2.zip')).toEqual({ at: new Date('2026-11-23T01:02:03.000Z'), counter: 2 });
    for (const other of ['notes.zip', 'lantern-backup-2026-11-23T01-02-03Z.zip.part', '../lantern-backup-2026-11-23T01-02-03Z.zip', 'lantern-backup-2026-13-45T99-02-03Z.zip']) {
      expect(parseBackupName(other)).toBeNull();
    }
    expect(newestFirst(['a.txt', backupName(at), backupName(at, 2), backupName(new Date('2026-11-22T00:00:00Z'))])).toEqual([
      backupName(at, 2),
      backupName(at),
      backupName(new Date('2026-11-22T00:00:00Z')),
    ]);
  });

  it('rotation keeps the newest N, always counting the file just written among them', () => {
    const names = [1, 2, 3, 4, 5].map((h) => backupName(new Date(Date.UTC(2026, 10, 23, h))));
    expect(rotationVictims(names, 3, names[4]!)).toEqual([names[1], names[0]]);
    // The clock went back: the newest file is older by name, and still kept.
    const older = backupName(new Date(Date.UTC(2026, 10, 20)));
    expect(rotationVictims([...names, older], 3, older)).toEqual([names[2], names[1], names[0]]);
    expect(rotationVictims([older], 1, older)).toEqual([]);
    expect(rotationVictims(names, 0, names[4]!)).toHaveLength(4);
    expect(rotationVictims(['notes.txt', ...names], 1, null)).not.toContain('notes.txt');
  });
});

describe('createBackupStore with real files', () => {
  it('writes through .part, renames on finish, lists newest first and rotates to the newest N', async () => {
    const { store, folder, clock, activity } = setup({ keep: 3 });
    writeFileSync(join(tempDir(), 'x'), '');
    const written: string[] = [];
    for (let hour = 1; hour <= 5; hour += 1) {
      clock.now = new Date(Date.UTC(2026, 10, 23, hour));
      const { token, name } = await store.begin('scheduled');
      expect(existsSync(join(folder, `${name}.part`))).toBe(true);
      expect(existsSync(join(folder, name))).toBe(false);
      await store.write(token, bytes(`backup ${hour}`));
      const finished = await store.finish(token);
      expect(finished).toMatchObject({ name, bytes: `backup ${hour}`.length, copy: { status: 'none' }, removed: hour > 3 ? 1 : 0 });
      written.push(name);
    }
    expect(activity()).toBeGreaterThanOrEqual(10);
    expect(readdirSync(folder).sort()).toEqual(written.slice(2).sort());
    const listing = await store.list();
    expect(listing).toMatchObject({ folder, keep: 3, copyFolder: null });
    expect(listing.backups.map((b) => b.name)).toEqual(written.slice(2).reverse());
    expect(listing.backups[0]).toEqual({ name: written[4], bytes: 8, createdAt: '2026-11-23T05:00:00.000Z' });
    expect(readFileSync(join(folder, written[4]!), 'utf8')).toBe('backup 5');
  });

  it('gives two backups in one second their own names and leaves files that are not backups alone', async () => {
    const { store, folder } = setup({ keep: 1 });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'README.txt'), 'mine');
    const first = await backUp(store, 'one');
    const second = await backUp(store, 'two');
    expect(second.name).toBe(first.name.replace('.zip', '-2.zip'));
    expect(readdirSync(folder).sort()).toEqual(['README.txt', second.name]);
  });

  it('an aborted backup leaves nothing, and stale .part files from a crash are removed at start', async () => {
    const { store, folder } = setup();
    const { token, name } = await store.begin('manual');
    await store.write(token, bytes('half'));
    await store.abort(token);
    expect(existsSync(join(folder, `${name}.part`))).toBe(false);
    await expect(store.write(token, bytes('more'))).rejects.toMatchObject({ code: 'backup.unknownSession' });
    writeFileSync(join(folder, 'lantern-backup-2026-11-22T00-00-00Z.zip.part'), 'crash');
    writeFileSync(join(folder, 'other.part'), 'not ours');
    expect(await store.removeStaleParts()).toBe(1);
    expect(readdirSync(folder)).toEqual(['other.part']);
  });

  it('copies each finished backup to the chosen folder and rotates that folder too', async () => {
    const usb = tempDir();
    const { store, folder, clock } = setup({ keep: 2, copyFolder: usb });
    writeFileSync(join(usb, 'holiday.jpg'), 'not a backup');
    const names: string[] = [];
    for (let hour = 1; hour <= 3; hour += 1) {
      clock.now = new Date(Date.UTC(2026, 10, 23, hour));
      const { name, finished } = await backUp(store, `backup ${hour}`);
      expect(finished.copy).toEqual({ status: 'copied', folder: usb });
      names.push(name);
    }
    expect(readdirSync(usb).sort()).toEqual(['holiday.jpg', ...names.slice(1)].sort());
    expect(readFileSync(join(usb, names[2]!), 'utf8')).toBe(readFileSync(join(folder, names[2]!), 'utf8'));
  });

  it('reports a copy folder that is gone and keeps the main backup', async () => {
    const usb = tempDir();
    const { store, folder } = setup({ copyFolder: usb });
    rmSync(usb, { recursive: true });
    const { name, finished } = await backUp(store, 'the notebook');
    expect(finished.copy).toMatchObject({ status: 'failed', folder: usb, code: 'backup.folderUnavailable' });
    expect(readFileSync(join(folder, name), 'utf8')).toBe('the notebook');
  });

  it('reports a copy folder that cannot be written to and leaves no .part there', async () => {
    const usb = tempDir();
    chmodSync(usb, 0o500);
    const { store, folder } = setup({ copyFolder: usb });
    const { name, finished } = await backUp(store, 'the notebook');
    chmodSync(usb, 0o700);
    // root may write anyway; then it is copied, never lost.
    if (finished.copy.status === 'failed') expect(finished.copy.code).toBe('backup.folderUnavailable');
    expect(readdirSync(usb).filter((n) => n.endsWith('.part'))).toEqual([]);
    expect(readFileSync(join(folder, name), 'utf8')).toBe('the notebook');
  });

  it('reports a full copy folder (a pulled or full stick mid-copy) and keeps the main backup', async () => {
    const usb = tempDir();
    const fullStick: BackupFs = {
      ...nodeBackupFs,
      async open(path) {
        const target = await nodeBackupFs.open(path);
        if (!path.startsWith(usb)) return target;
        return { ...target, write: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) };
      },
    };
    const { store, folder } = setup({ fs: fullStick, copyFolder: usb });
    const { name, finished } = await backUp(store, 'the notebook');
    expect(finished.copy).toMatchObject({ status: 'failed', code: 'backup.folderFull', detail: expect.stringContaining('ENOSPC') });
    expect(readdirSync(usb)).toEqual([]);
    expect(readFileSync(join(folder, name), 'utf8')).toBe('the notebook');
  });

  it('says the disk is full when main cannot write its own backup, and keeps the older ones', async () => {
    let full = false;
    const disk: BackupFs = {
      ...nodeBackupFs,
      async open(path) {
        const target = await nodeBackupFs.open(path);
        return { ...target, write: async (b) => (full ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) : target.write(b)) };
      },
    };
    const { store, folder, clock } = setup({ fs: disk });
    const kept = await backUp(store, 'yesterday');
    full = true;
    clock.now = new Date('2026-11-23T02:00:00.000Z');
    const { token } = await store.begin('scheduled');
    await expect(store.write(token, bytes('today'))).rejects.toMatchObject({ code: 'backup.diskFull' });
    expect(readdirSync(folder)).toEqual([kept.name]);
  });
});
