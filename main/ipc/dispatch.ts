// The checks every IPC call passes before and after its handler runs.
// Threats: a foreign page or an injected iframe calling privileged channels;
// malformed or hostile payloads (wrong types, extra or `__proto__` keys, huge
// strings) reaching handlers; handler exceptions leaking stack traces; handlers
// returning data outside the contract. Pure (no electron): the e2e harness runs
// this same dispatcher behind Playwright's exposeBinding.
import type { z } from 'zod';
import { invokeChannels, isInvokeChannel } from '../../shared/ipc/contract';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { isAppUrl } from '../security/origin';
import { ResultEnvelopeSchema } from './resultSchema';

export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export interface DispatcherOptions {
  handlers: InvokeHandlers;
  isAllowedSender(sender: SenderInfo): boolean;
  onError?(error: unknown): void;
}

export type Dispatcher = (sender: SenderInfo | null, channel: unknown, payload: unknown) => Promise<Result<unknown>>;

const MAX_LISTED_ISSUES = 5;
const MAX_SEGMENT_LENGTH = 40;

/** Names where a payload is wrong without repeating what it contained. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shorten = (segment: PropertyKey): string => String(segment).slice(0, MAX_SEGMENT_LENGTH);
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(shorten).join('.') : '(root)';
    const keys = issue.code === 'unrecognized_keys' ? ` (unexpected: ${issue.keys.slice(0, 3).map(shorten).join(', ')})` : '';
    return `${path}: ${issue.code}${keys}`;
  });
  const more = issues.length > MAX_LISTED_ISSUES ? `; and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  return listed.join('; ') + more;
}

/** Accepts only main frames whose URL is on exactly `appOrigin` (e.g. app://lantern). */
export function appOriginSender(appOrigin: string): (sender: SenderInfo) => boolean {
  return (sender) => sender.isMainFrame === true && typeof sender.url === 'string' && isAppUrl(sender.url, appOrigin);
}

function isAllowed(sender: SenderInfo | null, check: DispatcherOptions['isAllowedSender']): boolean {
  if (sender === null || typeof sender !== 'object') return false;
  try {
    return check(sender) === true;
  } catch {
    return false;
  }
}

async function runHandler(handlers: InvokeHandlers, channel: InvokeChannel, request: unknown): Promise<unknown> {
  // The request has just been parsed by this channel's own schema.
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  return handler(request);
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const report = (error: unknown) => options.onError?.(error);
  return async (sender, channel, payload) => {
    if (!isInvokeChannel(channel)) return fail('ipc.unknownChannel', 'unknown IPC channel');
    if (!isAllowed(sender, options.isAllowedSender)) return fail('ipc.forbiddenSender', `sender not allowed on ${channel}`);
    const schemas = invokeChannels[channel];
    const request = schemas.request.safeParse(payload);
    if (!request.success) return fail('ipc.badPayload', `invalid payload for ${channel}: ${describeIssues(request.error.issues)}`);

    let result: unknown;
    try {
      result = await runHandler(options.handlers, channel, request.data);
    } catch (error) {
      report(error);
      return fail('ipc.handlerFailed', `handler for ${channel} failed`);
    }

    const envelope = ResultEnvelopeSchema.safeParse(result);
    if (!envelope.success) {
      report(new Error(`handler for ${channel} returned no Result`));
      return fail('ipc.badResponse', `handler for ${channel} returned an invalid result`);
    }
    if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
    const response = schemas.response.safeParse(envelope.data.value);
    if (!response.success) {
      report(new Error(`handler for ${channel} broke its response schema: ${describeIssues(response.error.issues)}`));
      return fail('ipc.badResponse', `handler for ${channel} returned an invalid result`);
    }
    return ok(response.data);
  };
}
