// Files the renderer saves through main (exports, evidence bundles): the user picks the
// path in a native dialog, main opens `<path>.part`, the renderer streams chunks under a
// token, and only a finished save is renamed into place. Threats: a page choosing where
// to write (it never names a path: the token does), a half-written file that looks
// complete (the .part name until the rename), an abandoned save holding a file open
// (idle sessions are aborted and their .part deleted). Pure: the file system is injected.
import { randomBytes } from 'node:crypto';
import { CodedError } from '../../shared/result';

export interface SaveTarget {
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes to the disk, so a completed save survives a power cut. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface SaveFs {
  /** Creates or truncates `path` for writing. */
  open(path: string): Promise<SaveTarget>;
  /** Moves `from` to `to`, replacing `to` (the user confirmed that in the dialog). */
  rename(from: string, to: string): Promise<void>;
  /** Deletes `path`; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

export interface SaveSessionsOptions {
  fs: SaveFs;
  newToken?(): string;
  /** Runs `callback` after `ms`; returns the cancel function. */
  setTimer?(callback: () => void, ms: number): () => void;
  /** A save with no chunk for this long is aborted. */
  idleMs?: number;
  /** Saves open at once; more are refused. */
  maxOpen?: number;
}

export interface SaveSessions {
  /** Opens `<path>.part`; returns the token the chunks must carry. */
  open(path: string): Promise<string>;
  /** Appends bytes; returns how many the file holds now. */
  write(token: string, bytes: Uint8Array): Promise<number>;
  /** Flushes, closes and renames the .part file to the chosen path; returns that path. */
  finish(token: string): Promise<string>;
  /** Closes and deletes the .part file; an unknown token is ignored. */
  abort(token: string): Promise<void>;
  readonly size: number;
}

interface Session {
  path: string;
  part: string;
  target: SaveTarget;
  written: number;
  /** Writes run one after another, in the order they arrived. */
  queue: Promise<unknown>;
  cancelTimer: () => void;
}

export const PART_SUFFIX = '.part';
const IDLE_MS = 5 * 60_000;

const defaultTimer = (callback: () => void, ms: number) => {
  const timer = setTimeout(callback, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

export function createSaveSessions(options: SaveSessionsOptions): SaveSessions {
  const { fs } = options;
  const newToken = options.newToken ?? (() => randomBytes(16).toString('hex'));
  const setTimer = options.setTimer ?? defaultTimer;
  const idleMs = options.idleMs ?? IDLE_MS;
  const maxOpen = options.maxOpen ?? 4;
  const sessions = new Map<string, Session>();

  const take = (token: string): Session => {
    const session = sessions.get(token);
    if (!session) throw new CodedError('save.unknownSession', 'no save is open under this token');
    return session;
  };

  async function discard(token: string, session: Session): Promise<void> {
    sessions.delete(token);
    session.cancelTimer();
    await session.queue.catch(() => {});
    await session.target.close().catch(() => {});
    await fs.remove(session.part).catch(() => {});
  }

  const armTimer = (token: string, session: Session) => {
    session.cancelTimer();
    session.cancelTimer = setTimer(() => void discard(token, session), idleMs);
  };

  return {
    get size() {
      return sessions.size;
    },

    async open(path) {
      if (sessions.size >= maxOpen) throw new CodedError('save.tooManySaves', `at most ${maxOpen} saves at once`);
      const part = `${path}${PART_SUFFIX}`;
      let target: SaveTarget;
      try {
        target = await fs.open(part);
      } catch (error) {
        throw new CodedError('save.openFailed', messageOf(error), { detail: messageOf(error) });
      }
      const token = newToken();
      const session: Session = { path, part, target, written: 0, queue: Promise.resolve(), cancelTimer: () => {} };
      sessions.set(token, session);
      armTimer(token, session);
      return token;
    },

    async write(token, bytes) {
      const session = take(token);
      armTimer(token, session);
      const step = session.queue.then(async () => {
        await session.target.write(bytes);
        session.written += bytes.byteLength;
        return session.written;
      });
      session.queue = step.catch(() => {});
      try {
        return await step;
      } catch (error) {
        // A failed write (disk full, device gone) ends the save: nothing half-written stays behind.
        await discard(token, session);
        throw new CodedError('save.writeFailed', messageOf(error), { detail: messageOf(error) });
      }
    },

    async finish(token) {
      const session = take(token);
      sessions.delete(token);
      session.cancelTimer();
      try {
        await session.queue;
        await session.target.sync();
        await session.target.close();
        await fs.rename(session.part, session.path);
        return session.path;
      } catch (error) {
        await session.target.close().catch(() => {});
        await fs.remove(session.part).catch(() => {});
        throw new CodedError('save.finishFailed', messageOf(error), { detail: messageOf(error) });
      }
    },

    async abort(token) {
      const session = sessions.get(token);
      if (session) await discard(token, session);
    },
  };
}
