// The backup agent: keeps track of whether the notebook changed since its last good backup
// (across restarts too), writes a backup every N minutes when it did, and one more when main
// quits. In Electron backups go to main's rotating folder without asking; in a browser an
// automatic download every half hour would be a nuisance the browser itself blocks, so a due
// backup shows as a reminder the responder downloads with one click. One backup at a time;
// a restore runs exclusively (no scheduled backup starts while it writes).
import type { BackupReason } from '../../shared/ipc/contract';
import type { BackupBookkeeping, BackupStatus, NotebookCounts } from '../data';
import type { BackupHost } from '../platform/backupHost';
import type { BackupProgress, BuiltBackup } from './writer';

export type BackupTarget = 'folder' | 'download';

export interface BackupAgentDeps {
  host: BackupHost | null;
  download(name: string, body: ReadableStream<Uint8Array>): Promise<void>;
  /** Reads the notebook at one moment and starts writing the backup. */
  build(reason: BackupReason, onProgress: (progress: BackupProgress) => void, signal: AbortSignal): Promise<BuiltBackup>;
  data: {
    readBookkeeping(): Promise<BackupBookkeeping>;
    record(status: BackupStatus, stillPending: boolean): Promise<unknown>;
    markPending(): Promise<unknown>;
    setIntervalMinutes(minutes: number): Promise<void>;
    watchChanges(listener: () => void): () => void;
    counts(): Promise<NotebookCounts>;
  };
  now(): Date;
  /** Calls `tick` every `ms`; returns the stop function. */
  every(tick: () => void, ms: number): () => void;
}

export interface BackupAgentSnapshot {
  ready: boolean;
  target: BackupTarget;
  intervalMinutes: number;
  /** Changes since the last good backup. */
  pending: boolean;
  /** Browser only: a backup is due and waits for the responder's click. */
  due: boolean;
  running: { reason: BackupReason; progress: BackupProgress } | null;
  last: BackupStatus | null;
  lastGoodAt: string | null;
}

export const TICK_MS = 30_000;
const MINUTE = 60_000;

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'backup.failed';
};
const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);
const isEmpty = (c: NotebookCounts) => c.incidents + c.entries + c.evidenceItems + c.otherRecords + c.files + c.heads === 0;

export class BackupAgent {
  private snapshot: BackupAgentSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[] = [];
  /** Bumped by every change to the notebook: a backup clears `pending` only if none came while it ran. */
  private generation = 0;
  /** The backup or restore running now; the next one waits for it. */
  private busy: Promise<unknown> = Promise.resolve();
  private exclusiveDepth = 0;
  private startedAt: Date;

  constructor(private readonly deps: BackupAgentDeps) {
    this.startedAt = deps.now();
    this.snapshot = {
      ready: false,
      target: deps.host ? 'folder' : 'download',
      intervalMinutes: 30,
      pending: false,
      due: false,
      running: null,
      last: null,
      lastGoodAt: null,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BackupAgentSnapshot => this.snapshot;

  private publish(change: Partial<BackupAgentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.snapshot.due = this.snapshot.target === 'download' && this.isDue();
    for (const listener of this.listeners) listener();
  }

  async start(): Promise<void> {
    this.stops.push(this.deps.data.watchChanges(() => this.noteChange()));
    const kept = await this.deps.data.readBookkeeping();
    // Never recorded: a notebook that already holds something is worth a first backup (and is
    // counted once: the answer is kept, so a large notebook is not counted at every start).
    const pending = kept.pending ?? !isEmpty(await this.deps.data.counts());
    if (kept.pending === null && pending) void this.deps.data.markPending().catch(() => undefined);
    this.publish({ ready: true, intervalMinutes: kept.intervalMinutes, last: kept.last, lastGoodAt: kept.lastGoodAt, pending: this.snapshot.pending || pending });
    this.stops.push(this.deps.every(() => void this.tick(), TICK_MS));
    const host = this.deps.host;
    if (host) this.stops.push(host.onQuitRequest((requestId) => void this.answerQuit(host, requestId)));
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  private noteChange(): void {
    this.generation += 1;
    if (this.snapshot.pending) return;
    this.publish({ pending: true });
    // Kept across restarts: a crash before the next backup must not forget the change.
    void this.deps.data.markPending().catch(() => undefined);
  }

  /** Since when the interval counts: the last attempt (good or not), else the start of this session. */
  private intervalElapsed(): boolean {
    const since = this.snapshot.last?.at ?? this.startedAt.toISOString();
    return this.deps.now().getTime() - new Date(since).getTime() >= this.snapshot.intervalMinutes * MINUTE;
  }

  private isDue(): boolean {
    return this.snapshot.ready && this.snapshot.pending && this.snapshot.running === null && this.intervalElapsed();
  }

  /** Runs every TICK_MS: a folder host backs up when due; a browser shows the reminder. */
  async tick(): Promise<void> {
    if (!this.snapshot.ready) return;
    if (this.snapshot.target === 'download') {
      if (this.snapshot.due !== this.isDue()) this.publish({});
      return;
    }
    if (this.exclusiveDepth > 0 || this.snapshot.running || !this.isDue()) return;
    await this.backUp('scheduled');
  }

  async setIntervalMinutes(minutes: number): Promise<void> {
    await this.deps.data.setIntervalMinutes(minutes);
    this.publish({ intervalMinutes: minutes });
  }

  /** Writes a backup now (after the one running, if any); resolves with its result, never rejects. */
  backUp(reason: BackupReason): Promise<BackupStatus> {
    const run = this.busy.then(() => this.write(reason));
    this.busy = run.catch(() => undefined);
    return run;
  }

  /** Runs `work` (a restore) with no backup running alongside it and none starting on schedule. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.exclusiveDepth += 1;
    try {
      await this.busy;
      return await work();
    } finally {
      this.exclusiveDepth -= 1;
    }
  }

  private async write(reason: BackupReason): Promise<BackupStatus> {
    const generation = this.generation;
    const at = this.deps.now().toISOString();
    const progress = (p: BackupProgress) => this.publish({ running: { reason, progress: p } });
    this.publish({ running: { reason, progress: { bytes: 0, total: 0 } } });
    const abort = new AbortController();
    let status: BackupStatus;
    try {
      const built = await this.deps.build(reason, progress, abort.signal);
      const host = this.deps.host;
      if (host) {
        const saved = await host.save(reason, built.body);
        await built.done;
        status = { ok: true, at, reason, target: 'folder', name: saved.name, bytes: saved.bytes, copy: saved.copy };
      } else {
        await this.deps.download(built.name, built.body);
        await built.done;
        status = { ok: true, at, reason, target: 'download', name: built.name, bytes: built.total, copy: null };
      }
    } catch (error) {
      abort.abort();
      status = { ok: false, at, reason, code: codeOf(error), detail: detailOf(error) };
    }
    // A good backup holds every change made before it began; one made while it ran is still pending.
    const pending = status.ok ? this.generation !== generation : this.snapshot.pending;
    await this.deps.data.record(status, pending).catch(() => undefined);
    this.publish({ running: null, last: status, lastGoodAt: status.ok ? status.at : this.snapshot.lastGoodAt, pending });
    return status;
  }

  private async answerQuit(host: BackupHost, requestId: string): Promise<void> {
    let outcome: 'written' | 'unchanged' | 'failed' = 'failed';
    try {
      await this.busy;
      if (!this.snapshot.pending) outcome = 'unchanged';
      else outcome = (await this.backUp('quit')).ok ? 'written' : 'failed';
    } finally {
      await host.quitDone(requestId, outcome).catch(() => undefined);
    }
  }
}
