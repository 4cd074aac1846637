// The export runs in its own worker: progress comes through, the file comes back as a
// Blob, and Cancel terminates the worker at once; a crash or a failure becomes a coded error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportTimelineOffThread, type ExportReply, type ExportWorkerRequest } from '../../../renderer/data/exporter';
import type { LanternDB } from '../../../renderer/data/db';
import { allOf } from '../../../shared/export/options';

class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: ExportReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  posted: ExportWorkerRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: ExportWorkerRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ExportReply) {
    this.onmessage?.({ data });
  }
}

const request = { incidentId: 'i', format: 'csv' as const, options: allOf('UTC'), texts: {}, app: { name: 'Lantern', version: '0' }, exportedAt: '2026-11-23T00:00:00.000Z' };
const db = {} as LanternDB;

afterEach(() => vi.unstubAllGlobals());

describe('exportTimelineOffThread', () => {
  it('sends the request to a module worker, passes progress on and resolves with its Blob', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onProgress = vi.fn();
    const pending = exportTimelineOffThread(db, request, { onProgress });
    const worker = FakeWorker.last!;
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(worker.posted).toEqual([{ request, mime: 'text/csv;charset=utf-8' }]);
    worker.reply({ type: 'progress', progress: { phase: 'building', done: 5000, total: 100_000 } });
    worker.reply({ type: 'done', blob: new Blob(['a,b\r\n']) });
    expect(await (await pending).text()).toBe('a,b\r\n');
    expect(onProgress).toHaveBeenCalledWith({ phase: 'building', done: 5000, total: 100_000 });
    expect(worker.terminated).toBe(true);
  });

  it('asks for HTML when the export is a PDF (the caller prints it)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    void exportTimelineOffThread(db, { ...request, format: 'pdf' }).catch(() => {});
    expect(FakeWorker.last!.posted[0]!.mime).toBe('text/html;charset=utf-8');
  });

  it('terminates the worker on abort and rejects with export.cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const abort = new AbortController();
    const pending = exportTimelineOffThread(db, request, { signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ code: 'export.cancelled' });
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('turns a failure reply or a crashed worker into a coded error', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const failed = exportTimelineOffThread(db, request);
    FakeWorker.last!.reply({ type: 'failed', code: 'incident.missing', message: 'gone' });
    await expect(failed).rejects.toMatchObject({ code: 'incident.missing', details: { detail: 'gone' } });
    const crashed = exportTimelineOffThread(db, request);
    FakeWorker.last!.onerror!({ message: 'out of memory', preventDefault: () => {} });
    await expect(crashed).rejects.toMatchObject({ code: 'export.workerFailed' });
  });
});
