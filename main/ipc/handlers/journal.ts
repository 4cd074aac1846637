// Handlers for the `journal:` channels: the renderer's second, fsync'd copy of each log
// entry it commits (services/logJournal.ts), read back when its database has lost entries.
// The file's place is main's: the renderer never names a path.
import { fail, ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { HandlerDeps } from './index';

const failure = (code: string, error: unknown) => {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  return fail(code, detail, { detail });
};

async function attempt<T>(code: string, work: () => Promise<T>) {
  try {
    return ok(await work());
  } catch (error) {
    return failure(code, error);
  }
}

export function createJournalHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'journal:append' | 'journal:tail' | 'journal:read'> {
  const journal = deps.journal;
  const unavailable = () => fail('journal.unavailable', 'this host keeps no journal');
  return {
    'journal:append': async ({ records }) => (journal ? attempt('journal.writeFailed', async () => (await journal.append(records), {})) : unavailable()),
    'journal:tail': async ({ count }) => (journal ? attempt('journal.readFailed', () => journal.tail(count)) : unavailable()),
    'journal:read': async ({ cursor }) => (journal ? attempt('journal.readFailed', () => journal.read(cursor)) : unavailable()),
  };
}
