// Bundled to an IIFE and injected into every frame before page scripts run: the
// preload's own `createLanternApi`, with Electron's ipcRenderer replaced by a
// Playwright binding (invoke) and a listener table the harness fires (events).
import { createLanternApi } from '../../../preload/api';
import type { CspViolation } from './types';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    /** Playwright binding: runs main's dispatcher in the test process. */
    __lanternInvoke?: (channel: unknown, payload: unknown) => Promise<unknown>;
    /** Playwright binding: records a CSP violation in the test process. */
    __lanternCspReport?: (violation: CspViolation) => Promise<void>;
    /** Test-only hooks the harness calls through page.evaluate. */
    __lanternHarness?: { emit(channel: string, payload: unknown): number };
    /** CSP violations seen by this document (the test process keeps the full list). */
    __cspViolations?: CspViolation[];
  }
}

// Record CSP violations first, so even a failure below is reported.
const violations: CspViolation[] = [];
Object.defineProperty(window, '__cspViolations', { value: violations });
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const violation: CspViolation = {
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      documentURI: event.documentURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
    };
    violations.push(violation);
    void window.__lanternCspReport?.(violation);
  },
  true,
);

const listeners = new Map<string, Set<Listener>>();

const api = createLanternApi({
  invoke: (channel, payload) => {
    const invoke = window.__lanternInvoke;
    if (!invoke) return Promise.reject(new Error('harness binding __lanternInvoke is missing'));
    return invoke(channel, payload);
  },
  subscribe: (channel, listener) => {
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    const registered = listener as Listener;
    set.add(registered);
    return () => void set.delete(registered);
  },
});

// contextBridge.exposeInMainWorld gives the page a read-only, frozen object.
Object.defineProperty(window, 'lantern', { value: Object.freeze(api), enumerable: true });
Object.defineProperty(window, '__lanternHarness', {
  value: Object.freeze({
    emit(channel: string, payload: unknown): number {
      const set = [...(listeners.get(channel) ?? [])];
      for (const listener of set) listener(payload);
      return set.length;
    },
  }),
});
