// The wait for the renderer's last backup when Lantern quits: it ends with the renderer's
// answer, or when nobody answers in time, or when a running backup stalls — never hangs.
import { describe, expect, it } from 'vitest';
import { createQuitBackup } from '../../../main/services/backupQuit';

function setup(options: { send?: boolean } = {}) {
  const timers: { ms: number; callback: () => void; cancelled: boolean }[] = [];
  const requests: string[] = [];
  let n = 0;
  const quit = createQuitBackup({
    request: (id) => {
      requests.push(id);
      return options.send ?? true;
    },
    newRequestId: () => (++n).toString(16).padStart(32, '0'),
    setTimer: (callback, ms) => {
      const timer = { ms, callback, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
    startMs: 5_000,
    idleMs: 30_000,
    maxMs: 600_000,
  });
  const fire = (ms: number) => timers.filter((t) => t.ms === ms && !t.cancelled).forEach((t) => t.callback());
  return { quit, requests, timers, fire };
}

describe('createQuitBackup', () => {
  it('asks the renderer and resolves with its answer; a second call joins the wait', async () => {
    const { quit, requests } = setup();
    const first = quit.run();
    const second = quit.run();
    expect(requests).toHaveLength(1);
    expect(quit.done('f'.repeat(32), 'written')).toBe(false);
    expect(quit.done(requests[0]!, 'written')).toBe(true);
    expect(await first).toBe('written');
    expect(await second).toBe('written');
    // The next quit (macOS: the window reopened since) asks again, under a new id.
    const third = quit.run();
    expect(requests).toHaveLength(2);
    quit.done(requests[1]!, 'unchanged');
    expect(await third).toBe('unchanged');
    expect(quit.done(requests[0]!, 'failed')).toBe(false);
  });

  it('does not wait when there is no window to ask', async () => {
    const { quit } = setup({ send: false });
    expect(await quit.run()).toBe('no-renderer');
  });

  it('gives up when the renderer does not start in time', async () => {
    const { quit, fire } = setup();
    const waiting = quit.run();
    fire(5_000);
    expect(await waiting).toBe('timeout');
  });

  it('keeps waiting while chunks arrive, and gives up when they stop', async () => {
    const { quit, fire, timers } = setup();
    const waiting = quit.run();
    quit.activity();
    fire(5_000);
    quit.activity();
    expect(timers.filter((t) => t.ms === 30_000 && !t.cancelled)).toHaveLength(1);
    let settled = false;
    void waiting.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    fire(30_000);
    expect(await waiting).toBe('timeout');
  });

  it('gives up after the longest wait even while chunks keep coming', async () => {
    const { quit, fire } = setup();
    const waiting = quit.run();
    quit.activity();
    fire(600_000);
    expect(await waiting).toBe('timeout');
  });
});
