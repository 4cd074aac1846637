// The bridge's save and PDF verbs: bytes pass through unchanged; a path, an oversized
// chunk or a made-up token never reaches the transport.
import { describe, expect, it, vi } from 'vitest';
import { createLanternApi, type BridgeTransport } from '../../../preload/api';
import { SAVE_CHUNK_MAX_BYTES } from '../../../shared/ipc/contract';

function transport(reply: unknown = { ok: true, value: {} }) {
  return { invoke: vi.fn(async () => reply), subscribe: vi.fn(() => () => {}) } satisfies BridgeTransport;
}

describe('save and pdf verbs', () => {
  it('sends a chunk of bytes as they are', async () => {
    const t = transport({ ok: true, value: { written: 3 } });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(await createLanternApi(t).save.chunk({ token: 'a'.repeat(32), bytes })).toEqual({ ok: true, value: { written: 3 } });
    expect(t.invoke).toHaveBeenCalledWith('save:chunk', { token: 'a'.repeat(32), bytes });
  });

  it('offers begin, finish and abort, and prints HTML to PDF', async () => {
    const t = transport();
    const api = createLanternApi(t);
    await api.save.begin({ suggestedName: 'IR-7-timeline-2026-11-23.pdf', mime: 'application/pdf' });
    await api.save.finish({ token: 'b'.repeat(32) });
    await api.save.abort({ token: 'b'.repeat(32) });
    await api.pdf.print({ html: '<!doctype html>' });
    expect(t.invoke.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['save:begin', 'save:finish', 'save:abort', 'pdf:print']);
  });

  it.each([
    ['a path instead of a name', 'save:begin', () => ({ suggestedName: '../../.bashrc', mime: 'text/plain' })],
    ['an extra path field', 'save:begin', () => ({ suggestedName: 'x.csv', mime: 'text/csv', path: '/etc' })],
    ['a chunk over the cap', 'save:chunk', () => ({ token: 'a'.repeat(32), bytes: new Uint8Array(SAVE_CHUNK_MAX_BYTES + 1) })],
    ['a string for bytes', 'save:chunk', () => ({ token: 'a'.repeat(32), bytes: 'AAAA' })],
    ['a token of the wrong shape', 'save:finish', () => ({ token: 'not-a-token' })],
  ])('refuses %s without touching the transport', async (_name, channel, request) => {
    const t = transport();
    const api = createLanternApi(t) as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
    const [domain, action] = channel.split(':') as [string, string];
    const verb = action === 'begin' ? 'begin' : action === 'chunk' ? 'chunk' : 'finish';
    expect(await api[domain]![verb]!(request())).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(t.invoke).not.toHaveBeenCalled();
  });
});
