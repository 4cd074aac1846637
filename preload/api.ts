// Builds `window.lantern` from the IPC contract: one verb per invoke channel
// (`app:get-info` → `lantern.app.getInfo(request)`) and `on()` for events.
// Threats: the page receiving raw IPC (any channel, any payload) or event data
// outside the contract. No electron import: the e2e harness bundles this same
// file into the page with a transport wired to the real main handlers.
import { eventChannels, invokeChannels } from '../shared/ipc/contract';
import type { EventChannel, InvokeChannel } from '../shared/ipc/contract';
import { verbName } from '../shared/ipc/api';
import type { LanternApi } from '../shared/ipc/api';
import { fail } from '../shared/result';
import type { Result } from '../shared/result';

export interface BridgeTransport {
  invoke(channel: InvokeChannel, payload: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

type Verb = (request: unknown) => Promise<Result<unknown>>;

const isEventChannel = (value: unknown): value is EventChannel =>
  typeof value === 'string' && Object.hasOwn(eventChannels, value);

const looksLikeResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

function createVerb(transport: BridgeTransport, channel: InvokeChannel): Verb {
  return async (request) => {
    // Checked here for a fast, clear error; main checks again and is the authority.
    const parsed = invokeChannels[channel].request.safeParse(request);
    if (!parsed.success) return fail('ipc.badPayload', `invalid request for ${channel}`);
    try {
      const response = await transport.invoke(channel, parsed.data);
      return looksLikeResult(response) ? response : fail('ipc.badResponse', `invalid response on ${channel}`);
    } catch {
      return fail('ipc.transportFailed', `could not reach the main process on ${channel}`);
    }
  };
}

export function createLanternApi(transport: BridgeTransport): LanternApi {
  const domains: Record<string, Record<string, Verb>> = {};
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    const { domain, verb } = verbName(channel);
    (domains[domain] ??= {})[verb] = createVerb(transport, channel);
  }
  const on = (channel: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventChannel(channel)) throw new TypeError('unknown event channel');
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return transport.subscribe(channel, (payload) => {
      const parsed = eventChannels[channel].safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  };
  const api: Record<string, unknown> = { on };
  for (const [domain, verbs] of Object.entries(domains)) api[domain] = Object.freeze(verbs);
  return Object.freeze(api) as unknown as LanternApi;
}
