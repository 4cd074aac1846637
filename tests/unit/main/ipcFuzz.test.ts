// The IPC guard (createDispatcher + appOriginSender) under 10,000 generated calls per
// contract channel: whatever arrives, the dispatcher resolves to a typed Result, calls
// the handler only for an allowed sender with a payload its schema accepts, and leaves
// the built-in prototypes untouched. Channels added to the contract are fuzzed too;
// a valid-request seed below makes the fuzz also reach their handler.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOriginSender, createDispatcher } from '../../../main/ipc/dispatch';
import type { InvokeHandlers } from '../../../main/ipc/dispatch';
import { invokeChannels } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/result';
import { hostileValue, labelledSender, mutated, revokedProxy } from './hostileValues';

const APP_ORIGIN = 'app://lantern';
const RUNS = 10_000;
const CHANNELS = Object.keys(invokeChannels);
const REACHED = 'test.reached';

/** Requests each channel's schema accepts, so the fuzz also walks the path to the handler. */
const VALID: Partial<Record<string, fc.Arbitrary<Record<string, unknown>>>> = {
  'app:get-info': fc.constant({}),
  'app:set-language': fc.constantFrom('en', 'ja').map((language) => ({ language })),
  'shell:open-external': fc
    .oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.emailAddress().map((address) => `mailto:${address}`))
    .map((url) => ({ url })),
};

const calls: Array<{ channel: string; request: unknown }> = [];
// Each handler records what it got and answers with a failure the dispatcher passes
// through untouched, so a result tells whether the guard let the call in.
const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    async (request: unknown) => {
      calls.push({ channel, request });
      return fail(REACHED, 'handler reached');
    },
  ]),
) as unknown as InvokeHandlers;
const reported: unknown[] = [];
const dispatch = createDispatcher({ handlers, isAllowedSender: appOriginSender(APP_ORIGIN), onError: (error) => reported.push(error) });

function accepts(channel: string, payload: unknown): boolean {
  try {
    return invokeChannels[channel as keyof typeof invokeChannels].request.safeParse(payload).success;
  } catch {
    return false;
  }
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Promise.prototype];
type Snapshot = Array<Map<PropertyKey, PropertyDescriptor>>;
const snapshot = (): Snapshot =>
  PROTOTYPES.map((proto) => new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key) ?? {}])));
function prototypesUnchanged(before: Snapshot): boolean {
  return snapshot().every((now, index) => {
    const then = before[index];
    if (then === undefined || now.size !== then.size) return false;
    for (const [key, descriptor] of now) {
      const old = then.get(key);
      if (!old || old.value !== descriptor.value || old.get !== descriptor.get || old.set !== descriptor.set) return false;
    }
    return true;
  });
}
/** Per call (cheap): no key added to or removed from any of those prototypes. The full comparison runs per test. */
const keyCounts = () => PROTOTYPES.map((proto) => Reflect.ownKeys(proto).length).join();

/** `{ ok: false, error: { code, message } }` and nothing else, with a bounded message. */
function typedFailure(result: unknown): { code: string; message: string } {
  const { ok, error } = (result ?? {}) as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  const typed =
    ok === false &&
    Object.keys(result as object).length === 2 &&
    typeof error?.code === 'string' &&
    typeof error.message === 'string' &&
    error.message.length < 2000;
  // Plain checks first: expect() on every one of 40,000 calls would dominate the run time.
  if (!typed) expect(result).toEqual({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
  return error as { code: string; message: string };
}

let baseline: Snapshot;
let baselineCounts: string;
beforeAll(() => {
  baseline = snapshot();
  baselineCounts = keyCounts();
});
afterAll(() => {
  expect(prototypesUnchanged(baseline)).toBe(true);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe.each(CHANNELS)('IPC guard fuzzed: %s', (channel) => {
  const valid = VALID[channel] ?? fc.constant({});
  const payload = fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 3, arbitrary: valid }, { weight: 4, arbitrary: mutated(valid) });

  it(`answers ${RUNS} calls with typed Results and calls the handler only with valid requests`, { timeout: 120_000 }, async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(labelledSender(APP_ORIGIN), payload, async ({ sender, allowed }, request) => {
        const before = calls.length;
        const valid = allowed && accepts(channel, request);
        const error = typedFailure(await dispatch(sender, channel, request));
        outcomes.set(error.code, (outcomes.get(error.code) ?? 0) + 1);

        const expected = !allowed ? 'ipc.forbiddenSender' : valid ? REACHED : 'ipc.badPayload';
        if (error.code !== expected) expect(error.code).toBe(expected);
        if (calls.length - before !== (valid ? 1 : 0)) expect(calls.length - before).toBe(valid ? 1 : 0);
        if (valid) {
          const received = calls.at(-1)?.request;
          expect(accepts(channel, received)).toBe(true);
          // A fresh plain object from the schema, never the caller's own (possibly exotic) one.
          expect(received).not.toBe(request);
          expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
        }
        if (keyCounts() !== baselineCounts) expect(prototypesUnchanged(baseline)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(prototypesUnchanged(baseline)).toBe(true);
    // The fuzz must have exercised every branch, or it proves less than it claims.
    expect(outcomes.get('ipc.forbiddenSender')).toBeGreaterThan(RUNS / 10);
    expect(outcomes.get('ipc.badPayload')).toBeGreaterThan(RUNS / 10);
    if (VALID[channel]) expect(outcomes.get(REACHED)).toBeGreaterThan(RUNS / 20);
    expect(reported).toEqual([]);
  });
});

describe('IPC guard fuzzed: channel names', () => {
  const real = (value: unknown) => typeof value === 'string' && Object.hasOwn(invokeChannels, value);
  const near = CHANNELS.flatMap((name) => [name.toUpperCase(), ` ${name}`, `${name}\u0000`, name.replace(':', '/'), new String(name)]);
  const channel = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom<unknown>('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ...near),
    hostileValue,
  );

  it(`refuses ${RUNS} unknown channels from the app itself without calling anything`, { timeout: 120_000 }, async () => {
    const app = { url: `${APP_ORIGIN}/`, isMainFrame: true };
    await fc.assert(
      fc.asyncProperty(channel.filter((value) => !real(value)), hostileValue, async (name, request) => {
        const before = calls.length;
        const { code } = typedFailure(await dispatch(app, name, request));
        if (code !== 'ipc.unknownChannel' || calls.length !== before) {
          expect(code).toBe('ipc.unknownChannel');
          expect(calls.length).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a revoked proxy as sender, channel or payload', async () => {
    const app = { url: `${APP_ORIGIN}/`, isMainFrame: true };
    const before = calls.length;
    expect(typedFailure(await dispatch(revokedProxy() as never, CHANNELS[0], {})).code).toBe('ipc.forbiddenSender');
    expect(typedFailure(await dispatch(app, revokedProxy(), {})).code).toBe('ipc.unknownChannel');
    for (const channel of CHANNELS) expect(typedFailure(await dispatch(app, channel, revokedProxy())).code).toBe('ipc.badPayload');
    expect(calls.length).toBe(before);
  });

  it('has a valid-request seed only for channels that exist', () => {
    expect(Object.keys(VALID).filter((name) => !CHANNELS.includes(name))).toEqual([]);
  });
});
