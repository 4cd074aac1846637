// The checks every IPC call passes before and after its handler runs.
// Threats: a foreign page or an injected iframe calling privileged channels;
// malformed or hostile payloads (wrong types, extra or `__proto__` keys, huge
// strings) reaching handlers; handler exceptions leaking stack traces; handlers
// returning data outside the contract. Pure (no electron): the e2e harness runs
// this same dispatcher behind Playwright's exposeBinding.
import type { z } from '../../shared/zod';
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
  return listed.length > 0 ? listed.join('; ') + more : 'unreadable payload';
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

type Parsed = { success: true; data: unknown } | { success: false; issues: readonly z.core.$ZodIssue[] };

/** safeParse that also survives payloads whose getters throw (possible outside Electron's structured clone). */
function parseWith(schema: z.ZodType, value: unknown): Parsed {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
  } catch {
    return { success: false, issues: [] };
  }
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const report = (error: unknown) => options.onError?.(error);
  return async (sender, channel, payload) => {
    // The sender first: a refused caller learns nothing, not even which channels exist.
    if (!isAllowed(sender, options.isAllowedSender)) return fail('ipc.forbiddenSender', 'IPC sender not allowed');
    if (!isInvokeChannel(channel)) return fail('ipc.unknownChannel', 'unknown IPC channel');
    const schemas = invokeChannels[channel];
    const request = parseWith(schemas.request, payload);
    if (!request.success) return fail('ipc.badPayload', `invalid payload for ${channel}: ${describeIssues(request.issues)}`);

    let result: unknown;
    try {
      result = await runHandler(options.handlers, channel, request.data);
    } catch (error) {
      report(error);
      return fail('ipc.handlerFailed', `handler for ${channel} failed`);
    }

    const envelope = parseWith(ResultEnvelopeSchema, result);
    if (!envelope.success) {
      report(new Error(`handler for ${channel} returned no Result`));
      return fail('ipc.badResponse', `handler for ${channel} returned an invalid result`);
    }
    const returned = envelope.data as z.infer<typeof ResultEnvelopeSchema>;
    if (!returned.ok) return { ok: false, error: returned.error };
    const response = parseWith(schemas.response, returned.value);
    if (!response.success) {
      report(new Error(`handler for ${channel} broke its response schema: ${describeIssues(response.issues)}`));
      return fail('ipc.badResponse', `handler for ${channel} returned an invalid result`);
    }
    return ok(response.data);
  };
}
