// Exports and chain checks share one log worker that lives with the page (it keeps the log it
// read): progress comes through, the file comes back as a Blob, Cancel replaces the worker at
// once and sends what else was waiting to the new one; a crash or a failure becomes a coded error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LanternDB } from '../../../renderer/data/db';
import type { LogReply, LogRequest } from '../../../renderer/data/logWorker';
import type { IncidentVerification } from '../../../renderer/data/repositories/entries.read';
import { allOf } from '../../../shared/export/options';

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: { data: LogReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  posted: LogRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.all.push(this);
  }
  static get last(): FakeWorker {
    return FakeWorker.all.at(-1)!;
  }
  postMessage(message: LogRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: LogReply) {
    this.onmessage?.({ data });
  }
}

const request = { incidentId: 'i', format: 'csv' as const, options: allOf('UTC'), texts: {}, app: { name: 'Lantern', version: '0' }, exportedAt: '2026-11-23T00:00:00.000Z' };
const db = {} as LanternDB;
const check = { ok: true, entries: 3 } as unknown as IncidentVerification;

// The worker is the page's: each test gets a fresh module, so a fresh one.
async function load() {
  vi.resetModules();
  const { exportTimelineOffThread } = await import('../../../renderer/data/exporter');
  const { verifyOffThread } = await import('../../../renderer/data/verifier');
  return { exportTimelineOffThread, verifyOffThread };
}

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the log worker', () => {
  it('runs an export in a module worker, passes progress on, resolves with its Blob and stays for the next request', async () => {
    const { exportTimelineOffThread, verifyOffThread } = await load();
    const onProgress = vi.fn();
    const pending = exportTimelineOffThread(db, request, { onProgress });
    const worker = FakeWorker.last;
    expect(worker.options).toMatchObject({ type: 'module', name: 'lantern-log' });
    expect(worker.posted).toEqual([{ id: 1, type: 'export', request, mime: 'text/csv;charset=utf-8' }]);
    worker.reply({ id: 1, type: 'progress', progress: { phase: 'building', done: 5000, total: 100_000 } });
    worker.reply({ id: 1, type: 'exported', blob: new Blob(['a,b\r\n']) });
    expect(await (await pending).text()).toBe('a,b\r\n');
    expect(onProgress).toHaveBeenCalledWith({ phase: 'building', done: 5000, total: 100_000 });
    expect(worker.terminated).toBe(false);

    const verified = verifyOffThread(db, 'i');
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker.posted[1]).toEqual({ id: 2, type: 'verify', incidentId: 'i', since: null });
    worker.reply({ id: 2, type: 'verified', result: check });
    await expect(verified).resolves.toBe(check);
  });

  it('asks for HTML when the export is a PDF (the caller prints it)', async () => {
    const { exportTimelineOffThread } = await load();
    void exportTimelineOffThread(db, { ...request, format: 'pdf' }).catch(() => {});
    expect(FakeWorker.last.posted[0]).toMatchObject({ type: 'export', mime: 'text/html;charset=utf-8' });
  });

  it('on Cancel terminates the worker, rejects with export.cancelled and hands a waiting check to a new worker', async () => {
    const { exportTimelineOffThread, verifyOffThread } = await load();
    const abort = new AbortController();
    const exporting = exportTimelineOffThread(db, request, { signal: abort.signal });
    const verifying = verifyOffThread(db, 'i');
    const first = FakeWorker.last;
    abort.abort();
    await expect(exporting).rejects.toMatchObject({ code: 'export.cancelled' });
    expect(first.terminated).toBe(true);
    const second = FakeWorker.last;
    expect(second).not.toBe(first);
    expect(second.posted).toEqual([{ id: 2, type: 'verify', incidentId: 'i', since: null }]);
    second.reply({ id: 2, type: 'verified', result: check });
    await expect(verifying).resolves.toBe(check);
  });

  it('turns a failure reply into a coded error, and a crash into one for every waiting request', async () => {
    const { exportTimelineOffThread, verifyOffThread } = await load();
    const failed = exportTimelineOffThread(db, request);
    FakeWorker.last.reply({ id: 1, type: 'failed', code: 'incident.missing', message: 'gone' });
    await expect(failed).rejects.toMatchObject({ code: 'incident.missing', details: { detail: 'gone' } });

    const crashedExport = exportTimelineOffThread(db, request);
    const crashedCheck = verifyOffThread(db, 'i');
    const crashed = FakeWorker.last;
    crashed.onerror!({ message: 'out of memory', preventDefault: () => {} });
    await expect(crashedExport).rejects.toMatchObject({ code: 'export.workerFailed' });
    await expect(crashedCheck).rejects.toMatchObject({ code: 'verify.workerFailed' });
    expect(crashed.terminated).toBe(true);

    // The next request starts a new worker.
    void verifyOffThread(db, 'i').catch(() => {});
    expect(FakeWorker.last).not.toBe(crashed);
  });
});
