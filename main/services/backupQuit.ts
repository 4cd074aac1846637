// The last backup before Lantern quits. The notebook lives in the renderer, so main asks it
// (`backup:quit-requested`) and waits for its answer (`backup:quit-done`) before letting the
// window close. Threat: a quit that never happens (a renderer that hangs, or has nobody
// listening yet) — the wait ends when the renderer has not started within `startMs`, when a
// running backup sends nothing for `idleMs`, and in any case after `maxMs`. Pure: timers injected.
import { randomBytes } from 'node:crypto';

export type QuitBackupOutcome = 'written' | 'unchanged' | 'failed' | 'timeout' | 'no-renderer';

export interface QuitBackupOptions {
  /** Sends the request to the renderer; false when there is no window to ask. */
  request(requestId: string): boolean;
  newRequestId?(): string;
  /** Runs `callback` after `ms`; returns the cancel function. */
  setTimer?(callback: () => void, ms: number): () => void;
  startMs?: number;
  idleMs?: number;
  maxMs?: number;
}

export interface QuitBackup {
  /** Asks for the backup and waits; a second call while one waits joins it. */
  run(): Promise<QuitBackupOutcome>;
  /** The renderer's answer; false (ignored) when it names no waiting request. */
  done(requestId: string, outcome: 'written' | 'unchanged' | 'failed'): boolean;
  /** A backup chunk arrived: the renderer is working, keep waiting. */
  activity(): void;
}

const defaultTimer = (callback: () => void, ms: number) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

export const QUIT_START_MS = 5_000;
export const QUIT_IDLE_MS = 30_000;
export const QUIT_MAX_MS = 10 * 60_000;

export function createQuitBackup(options: QuitBackupOptions): QuitBackup {
  const setTimer = options.setTimer ?? defaultTimer;
  const newRequestId = options.newRequestId ?? (() => randomBytes(16).toString('hex'));
  const startMs = options.startMs ?? QUIT_START_MS;
  const idleMs = options.idleMs ?? QUIT_IDLE_MS;
  const maxMs = options.maxMs ?? QUIT_MAX_MS;

  let waiting: { id: string; promise: Promise<QuitBackupOutcome>; settle(outcome: QuitBackupOutcome): void; rearm(ms: number): void } | null = null;

  return {
    run() {
      if (waiting) return waiting.promise;
      const id = newRequestId();
      let resolve!: (outcome: QuitBackupOutcome) => void;
      const promise = new Promise<QuitBackupOutcome>((r) => (resolve = r));
      let cancelStep = () => {};
      let cancelMax = () => {};
      const current = {
        id,
        promise,
        settle(outcome: QuitBackupOutcome) {
          if (waiting !== current) return;
          waiting = null;
          cancelStep();
          cancelMax();
          resolve(outcome);
        },
        rearm(ms: number) {
          cancelStep();
          cancelStep = setTimer(() => current.settle('timeout'), ms);
        },
      };
      waiting = current;
      current.rearm(startMs);
      cancelMax = setTimer(() => current.settle('timeout'), maxMs);
      let sent: boolean;
      try {
        sent = options.request(id);
      } catch {
        sent = false;
      }
      if (!sent) current.settle('no-renderer');
      return promise;
    },

    done(requestId, outcome) {
      if (!waiting || waiting.id !== requestId) return false;
      waiting.settle(outcome);
      return true;
    },

    activity() {
      waiting?.rearm(idleMs);
    },
  };
}
