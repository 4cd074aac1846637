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

export function createJournalHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'journal:append' | 'journal:tail' | 'journal:read'> {
  const journal = deps.journal;
  const unavailable = () => fail('journal.unavailable', 'this host keeps no journal');
  return {
    'journal:append': async ({ records }) => {
      if (!journal) return unavailable();
      try {
        await journal.append(records);
        return ok({});
      } catch (error) {
        return failure('journal.writeFailed', error);
      }
    },
    'journal:tail': async ({ count }) => {
      if (!journal) return unavailable();
      try {
        return ok(await journal.tail(count));
      } catch (error) {
        return failure('journal.readFailed', error);
      }
    },
    'journal:read': async ({ cursor }) => {
      if (!journal) return unavailable();
      try {
        return ok(await journal.read(cursor));
      } catch (error) {
        return failure('journal.readFailed', error);
      }
    },
  };
}
