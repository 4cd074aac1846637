// @vitest-environment node
// The backup agent's schedule: a backup every N minutes only when the notebook changed, a
// change made while a backup runs still pending afterwards, failures recorded without losing
// the pending change, main's quit-time request answered, and in a browser a due backup shown
// as a reminder instead of an automatic download. A restore runs with no backup alongside.
import { describe, expect, it } from 'vitest';
import { BackupAgent, type BackupAgentDeps } from '../../../renderer/backup/agent';
import type { BackupBookkeeping, BackupStatus } from '../../../renderer/data';
import type { BackupHost } from '../../../renderer/platform/backupHost';
import type { BackupReason } from '../../../shared/ipc/contract';
import { CodedError } from '../../../shared/result';

const MINUTE = 60_000;

function setup(options: { host?: boolean; kept?: Partial<BackupBookkeeping>; empty?: boolean } = {}) {
  const clock = { now: new Date('2026-11-23T01:00:00.000Z') };
  const recorded: { status: BackupStatus; pending: boolean }[] = [];
  const saved: BackupReason[] = [];
  const downloads: string[] = [];
  let changeListener: () => void = () => {};
  let tick: () => void = () => {};
  let quitListener: (id: string) => void = () => {};
  const quitAnswers: { id: string; outcome: string }[] = [];
  const control = { failNext: null as CodedError | null, gate: null as Promise<void> | null, duringWrite: () => {} };
  const body = () => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array([1, 2, 3])), c.close()) });
  const host: BackupHost = {
    async save(reason, stream) {
      await new Response(stream).arrayBuffer();
      if (control.failNext) {
        const error = control.failNext;
        control.failNext = null;
        throw error;
      }
      saved.push(reason);
      return { name: `lantern-backup-${saved.length}.zip`, bytes: 3, copy: { status: 'none' }, removed: 0 };
    },
    list: async () => ({ folder: '/b', keep: 10, backups: [], copyFolder: null }),
    chooseFolder: async () => null,
    clearFolder: async () => {},
    onQuitRequest: (listener) => ((quitListener = listener), () => {}),
    quitDone: async (id, outcome) => void quitAnswers.push({ id, outcome }),
  };
  const deps: BackupAgentDeps = {
    host: options.host === false ? null : host,
    download: async (name, stream) => {
      await new Response(stream).arrayBuffer();
      downloads.push(name);
    },
    build: async () => {
      control.duringWrite();
      if (control.gate) await control.gate;
      return { name: 'lantern-backup-x.zip', body: body(), total: 3, done: Promise.resolve({} as never) };
    },
    data: {
      readBookkeeping: async () => ({ last: null, lastGoodAt: null, pending: null, intervalMinutes: 30, ...options.kept }),
      record: async (status, pending) => void recorded.push({ status, pending }),
      markPending: async () => {},
      setIntervalMinutes: async () => {},
      watchChanges: (listener) => ((changeListener = listener), () => {}),
      counts: async () =>
        options.empty ? { incidents: 0, entries: 0, evidenceItems: 0, otherRecords: 0, files: 0, heads: 0 } : { incidents: 1, entries: 3, evidenceItems: 0, otherRecords: 0, files: 0, heads: 1 },
    },
    now: () => clock.now,
    every: (callback) => ((tick = callback), () => {}),
  };
  const agent = new BackupAgent(deps);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    agent,
    clock,
    recorded,
    saved,
    downloads,
    control,
    quitAnswers,
    change: () => changeListener(),
    tick: async () => {
      tick();
      await settle();
      await settle();
    },
    quit: async (id: string) => {
      quitListener(id);
      for (let i = 0; i < 5; i += 1) await settle();
    },
    advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)),
  };
}

describe('BackupAgent with main keeping the backups', () => {
  it('backs up every interval when something changed, and not when nothing did', async () => {
    const t = setup({ empty: true });
    await t.agent.start();
    expect(t.agent.getSnapshot()).toMatchObject({ ready: true, target: 'folder', pending: false });
    t.advance(31 * MINUTE);
    await t.tick();
    expect(t.saved).toEqual([]);
    t.change();
    expect(t.agent.getSnapshot().pending).toBe(true);
    await t.tick();
    expect(t.saved).toEqual(['scheduled']);
    expect(t.agent.getSnapshot()).toMatchObject({ pending: false, last: { ok: true, reason: 'scheduled', name: 'lantern-backup-1.zip' } });
    expect(t.recorded.at(-1)).toMatchObject({ pending: false });
    // A new change waits for the interval to pass since that backup.
    t.change();
    t.advance(10 * MINUTE);
    await t.tick();
    expect(t.saved).toHaveLength(1);
    t.advance(21 * MINUTE);
    await t.tick();
    expect(t.saved).toHaveLength(2);
  });

  it('takes a notebook never backed up that holds something as changed', async () => {
    const t = setup();
    await t.agent.start();
    expect(t.agent.getSnapshot().pending).toBe(true);
  });

  it('keeps a change made while the backup ran pending', async () => {
    const t = setup();
    await t.agent.start();
    t.control.duringWrite = () => t.change();
    const status = await t.agent.backUp('manual');
    expect(status.ok).toBe(true);
    expect(t.agent.getSnapshot().pending).toBe(true);
    expect(t.recorded.at(-1)).toMatchObject({ pending: true });
  });

  it('records a failed backup with its code, keeps the change pending and retries at the next interval', async () => {
    const t = setup();
    await t.agent.start();
    t.advance(31 * MINUTE);
    t.control.failNext = new CodedError('backup.diskFull', 'ENOSPC: no space left on device');
    await t.tick();
    expect(t.agent.getSnapshot()).toMatchObject({ pending: true, last: { ok: false, code: 'backup.diskFull', reason: 'scheduled' }, lastGoodAt: null });
    await t.tick();
    expect(t.saved).toEqual([]);
    t.advance(30 * MINUTE);
    await t.tick();
    expect(t.saved).toEqual(['scheduled']);
    expect(t.agent.getSnapshot()).toMatchObject({ pending: false, last: { ok: true } });
  });

  it('answers main’s quit-time request: written when something changed, unchanged otherwise', async () => {
    const t = setup({ empty: true });
    await t.agent.start();
    await t.quit('a'.repeat(32));
    expect(t.quitAnswers).toEqual([{ id: 'a'.repeat(32), outcome: 'unchanged' }]);
    t.change();
    await t.quit('b'.repeat(32));
    expect(t.saved).toEqual(['quit']);
    expect(t.quitAnswers.at(-1)).toEqual({ id: 'b'.repeat(32), outcome: 'written' });
    t.change();
    t.control.failNext = new CodedError('backup.writeFailed', 'EIO');
    await t.quit('c'.repeat(32));
    expect(t.quitAnswers.at(-1)).toEqual({ id: 'c'.repeat(32), outcome: 'failed' });
  });

  it('starts no scheduled backup while a restore runs, and the restore waits for a running backup', async () => {
    const t = setup();
    await t.agent.start();
    let open!: () => void;
    t.control.gate = new Promise((resolve) => (open = resolve));
    const running = t.agent.backUp('manual');
    const order: string[] = [];
    const restore = t.agent.exclusive(async () => {
      order.push('restore');
      t.advance(60 * MINUTE);
      t.change();
      await t.tick();
      expect(t.saved).toEqual(['manual']);
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    open();
    await running;
    await restore;
    expect(order).toEqual(['restore']);
    t.control.gate = null;
    await t.tick();
    expect(t.saved).toEqual(['manual', 'scheduled']);
  });
});

describe('BackupAgent in a browser', () => {
  it('shows a due backup as a reminder, never downloads on its own, and downloads on the click', async () => {
    const t = setup({ host: false });
    await t.agent.start();
    expect(t.agent.getSnapshot()).toMatchObject({ target: 'download', pending: true, due: false });
    t.advance(31 * MINUTE);
    await t.tick();
    expect(t.agent.getSnapshot().due).toBe(true);
    expect(t.downloads).toEqual([]);
    const status = await t.agent.backUp('manual');
    expect(status).toMatchObject({ ok: true, target: 'download', name: 'lantern-backup-x.zip' });
    expect(t.downloads).toEqual(['lantern-backup-x.zip']);
    expect(t.agent.getSnapshot()).toMatchObject({ due: false, pending: false });
  });
});
