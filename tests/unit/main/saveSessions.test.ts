// Streamed saves: bytes land in `<path>.part` and become the file only when finished;
// an abort, a failed write or an abandoned save leaves nothing behind.
import { mkdtempSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeSaveFs } from '../../../main/services/nodeSaveFs';
import { createSaveSessions, type SaveFs } from '../../../main/services/saveSessions';

const bytes = (text: string) => new TextEncoder().encode(text);
const tempDir = () => mkdtempSync(join(tmpdir(), 'lantern-save-test-'));

/** Real files, and a timer the test fires by hand. */
function setup(fs: SaveFs = nodeSaveFs) {
  const timers: (() => void)[] = [];
  let n = 0;
  const sessions = createSaveSessions({
    fs,
    newToken: () => (++n).toString(16).padStart(32, '0'),
    setTimer: (callback) => {
      timers.push(callback);
      return () => timers.splice(timers.indexOf(callback), 1);
    },
    maxOpen: 2,
  });
  return { sessions, timers };
}

describe('createSaveSessions with the real file system', () => {
  it('writes chunks in order to <path>.part and renames it on finish', async () => {
    const dir = tempDir();
    const path = join(dir, 'IR-7-timeline-2026-11-23.csv');
    const { sessions } = setup();
    const token = await sessions.open(path);
    expect(existsSync(`${path}.part`)).toBe(true);
    expect(existsSync(path)).toBe(false);
    await Promise.all([sessions.write(token, bytes('\uFEFFentry_id,')), sessions.write(token, bytes('text\r\n')), sessions.write(token, bytes('1,日本語\r\n'))]);
    expect(await sessions.write(token, bytes(''))).toBe(bytes('\uFEFFentry_id,text\r\n1,日本語\r\n').byteLength);
    expect(await sessions.finish(token)).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFFentry_id,text\r\n1,日本語\r\n');
    expect(readdirSync(dir)).toEqual(['IR-7-timeline-2026-11-23.csv']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(sessions.size).toBe(0);
  });

  it('replaces an existing file only when the save finishes', async () => {
    const dir = tempDir();
    const path = join(dir, 'report.html');
    writeFileSync(path, 'old');
    const { sessions } = setup();
    const token = await sessions.open(path);
    await sessions.write(token, bytes('new'));
    expect(readFileSync(path, 'utf8')).toBe('old');
    await sessions.finish(token);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('deletes the .part file on abort and forgets the token', async () => {
    const dir = tempDir();
    const { sessions } = setup();
    const token = await sessions.open(join(dir, 'a.json'));
    await sessions.write(token, bytes('{"partial":'));
    await sessions.abort(token);
    expect(readdirSync(dir)).toEqual([]);
    await expect(sessions.write(token, bytes('x'))).rejects.toMatchObject({ code: 'save.unknownSession' });
    await expect(sessions.finish(token)).rejects.toMatchObject({ code: 'save.unknownSession' });
    await sessions.abort(token); // a second abort is harmless
  });

  it('aborts a save that went idle', async () => {
    const dir = tempDir();
    const { sessions, timers } = setup();
    const token = await sessions.open(join(dir, 'idle.csv'));
    await sessions.write(token, bytes('a'));
    expect(timers).toHaveLength(1);
    timers[0]!();
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual([]));
    await expect(sessions.write(token, bytes('b'))).rejects.toMatchObject({ code: 'save.unknownSession' });
  });

  it('refuses a token it never issued and more saves than allowed at once', async () => {
    const dir = tempDir();
    const { sessions } = setup();
    await expect(sessions.write('f'.repeat(32), bytes('x'))).rejects.toMatchObject({ code: 'save.unknownSession' });
    await sessions.open(join(dir, '1'));
    await sessions.open(join(dir, '2'));
    await expect(sessions.open(join(dir, '3'))).rejects.toMatchObject({ code: 'save.tooManySaves' });
  });

  it('reports a folder it cannot write as save.openFailed', async () => {
    const { sessions } = setup();
    await expect(sessions.open(join(tempDir(), 'missing-folder', 'x.csv'))).rejects.toMatchObject({ code: 'save.openFailed' });
    expect(sessions.size).toBe(0);
  });
});

describe('createSaveSessions when the disk fails', () => {
  function failingFs(failOn: 'write' | 'rename') {
    const removed: string[] = [];
    const fs: SaveFs = {
      open: async () => ({
        write: async () => {
          if (failOn === 'write') throw new Error('ENOSPC: no space left on device');
        },
        sync: async () => {},
        close: async () => {},
      }),
      rename: async () => {
        if (failOn === 'rename') throw new Error('EXDEV');
      },
      remove: async (path) => void removed.push(path),
    };
    return { fs, removed };
  }

  it('ends the save on a failed write and deletes the partial file', async () => {
    const { fs, removed } = failingFs('write');
    const { sessions } = setup(fs);
    const token = await sessions.open('/exports/x.csv');
    await expect(sessions.write(token, bytes('x'))).rejects.toMatchObject({ code: 'save.writeFailed', details: { detail: 'ENOSPC: no space left on device' } });
    expect(removed).toEqual(['/exports/x.csv.part']);
    expect(sessions.size).toBe(0);
  });

  it('deletes the partial file when the final rename fails', async () => {
    const { fs, removed } = failingFs('rename');
    const { sessions } = setup(fs);
    const token = await sessions.open('/exports/x.csv');
    await expect(sessions.finish(token)).rejects.toMatchObject({ code: 'save.finishFailed' });
    expect(removed).toEqual(['/exports/x.csv.part']);
  });
});
