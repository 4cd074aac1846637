// fast-check arbitraries for what a compromised renderer or a foreign frame could send
// over IPC: wrong types, huge strings, deep nesting, prototype keys, NaN/Infinity,
// exotic objects whose every touch throws, and senders that are almost the app.
import fc from 'fast-check';
import type { SenderInfo } from '../../../main/ipc/dispatch';

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const hostileKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, 'toString', 'valueOf', 'hasOwnProperty', 'language', 'url', ''),
  fc.string({ maxLength: 10 }),
);

/** Own data property, even for `__proto__` (an assignment would set the prototype instead). */
export function withOwn(target: object, key: string, value: unknown): object {
  return Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nest(depth: number, kind: 'object' | 'array', key: string): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = kind === 'array' ? [value] : withOwn({}, key, value);
  return value;
}

// Built once: generating megabytes per run would measure the generator, not the guard.
const HUGE_STRINGS = [
  'x'.repeat(64 * 1024),
  'é'.repeat(1024 * 1024),
  `https://example.com/${'a'.repeat(1024 * 1024)}`,
  `mailto:${'a'.repeat(512 * 1024)}@example.com`,
];

const throwing = (): never => {
  throw new Error('trap');
};
/** A revoked proxy throws on every touch. fast-check probes each generated value, so it only travels nested. */
export function revokedProxy(): object {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
}
// Throws on every string-keyed inspection; symbol probes (fast-check's clone check) answer normally.
const stringTrap =
  <R>(fallback: (target: object, key: symbol) => R) =>
  (target: object, key: string | symbol): R =>
    typeof key === 'symbol' ? fallback(target, key) : throwing();
const trapEverything = new Proxy(
  {},
  {
    get: stringTrap((target, key) => Reflect.get(target, key) as unknown),
    has: stringTrap((target, key) => Reflect.has(target, key)),
    getOwnPropertyDescriptor: stringTrap((target, key) => Reflect.getOwnPropertyDescriptor(target, key)),
    ownKeys: throwing,
    getPrototypeOf: throwing,
  },
);

/** Objects that throw when inspected; structured clone would never deliver them, the e2e binding might. */
const EXOTIC: readonly unknown[] = [
  Object.defineProperty({}, 'language', { enumerable: true, get: throwing }),
  Object.defineProperty({}, 'url', { enumerable: true, get: throwing }),
  trapEverything,
  { language: revokedProxy(), url: revokedProxy() },
  [revokedProxy()],
  { toString: throwing, valueOf: throwing, toJSON: throwing },
  Object.assign(() => 'en', { language: 'en' }),
  Symbol('payload'),
  10n ** 30n,
  new Error('not a payload'),
  Promise.resolve({}),
  new ArrayBuffer(16),
  /en/,
];

const oddNumbers = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, 2 ** 53 + 1);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({
    key: hostileKey,
    maxDepth: 2,
    maxKeys: 4,
    size: 'xsmall',
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }) },
  { weight: 1, arbitrary: oddNumbers },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...EXOTIC) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 2_000 }), fc.constantFrom('object' as const, 'array' as const), hostileKey)
      .map(([depth, kind, key]) => nest(depth, kind, key)),
  },
);

/** A valid request with one hostile change: the shapes that come closest to passing. */
export function mutated(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(valid, hostileKey, hostileValue).map(([base, key, value]) => withOwn({ ...base }, key, value)),
    fc.tuple(valid, fc.constantFrom(...PROTOTYPE_KEYS)).map(([base, key]) => withOwn({ ...base }, key, { polluted: true })),
    // JSON.parse makes `__proto__` an own key, as a JSON-carrying transport would.
    valid.map((base) => Object.assign(JSON.parse('{"__proto__":{"polluted":true}}') as object, base)),
    valid.map((base) => [base]),
    valid.map((base) => Object.assign(Object.create(null) as object, base)),
    valid.map((base) => Object.create(base) as unknown),
    valid.map((base) => new Map(Object.entries(base))),
    valid.map((base) => JSON.stringify(base)),
  );
}

export interface LabelledSender {
  sender: SenderInfo | null;
  allowed: boolean;
  why: string;
}

const appPath = fc
  .tuple(fc.webPath(), fc.option(fc.webQueryParameters()), fc.option(fc.webFragments()))
  .map(([path, query, fragment]) => `${path}${query === null ? '' : `?${query}`}${fragment === null ? '' : `#${fragment}`}`);

const LOOKALIKES = [
  'app://lantern.evil/',
  'app://lantern:444/',
  'app://user@lantern/',
  'app://user:pw@lantern/',
  'app://evil/lantern',
  'app://LANTERN/',
  'app://lantern%2eevil/',
  'app://lantern./',
  'app:lantern',
  'app:///lantern',
  'http://lantern/',
  'https://lantern/',
  'file:///app/lantern/index.html',
  'about:blank',
  'about:srcdoc',
  'data:text/html,<script>1</script>',
  'javascript:alert(1)',
  'devtools://devtools/bundled/inspector.html',
  'chrome-error://chromewebdata/',
  '',
];

/** Senders, each labelled with whether the guard must let it through. */
export function labelledSender(appOrigin: string): fc.Arbitrary<LabelledSender> {
  const refused = (why: string) => (sender: unknown): LabelledSender => ({ sender: sender as SenderInfo | null, allowed: false, why });
  return fc.oneof(
    { weight: 5, arbitrary: appPath.map((path) => ({ sender: { url: `${appOrigin}${path}`, isMainFrame: true }, allowed: true, why: 'app main frame' })) },
    { weight: 1, arbitrary: fc.tuple(appPath, fc.constantFrom<unknown>(false, 1, 'true', null, undefined, {})).map(([path, isMainFrame]) => refused('app subframe or odd flag')({ url: `${appOrigin}${path}`, isMainFrame })) },
    { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => refused('foreign web origin')({ url, isMainFrame: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...LOOKALIKES).map((url) => refused('look-alike or local URL')({ url, isMainFrame: true })) },
    { weight: 1, arbitrary: fc.string().filter((url) => !url.toLowerCase().startsWith('app:')).map((url) => refused('random text URL')({ url, isMainFrame: true })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(null, undefined, 42, `${appOrigin}/`, [], { isMainFrame: true }, { url: `${appOrigin}/` }, { url: 42, isMainFrame: true }, ...EXOTIC)
        .map(refused('not a sender')),
    },
  );
}
