// Handlers for the `save:` channels: the renderer streams a file (an export, an evidence
// bundle) to a path the user chose in main's save dialog. Threat: a page writing where
// it likes — it only ever proposes a file name; main keeps the path behind a token.
import { basename, extname } from 'node:path';
import { fail, ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { HandlerDeps } from './index';

const errorOf = (error: unknown, fallback: string) => {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // Every save.* message names what the system said ({{detail}}).
  const details = (error as { details?: Record<string, string | number | boolean | null> } | null)?.details ?? { detail: message.slice(0, 300) };
  return fail(typeof code === 'string' && code.startsWith('save.') ? code : fallback, message.slice(0, 300), details);
};

export function createSaveHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'save:begin' | 'save:chunk' | 'save:finish' | 'save:abort'> {
  const sessions = deps.saveSessions;
  return {
    'save:begin': async ({ suggestedName, mime }) => {
      // The schema already refused separators; the last segment is taken again all the same.
      const name = basename(suggestedName);
      const extension = extname(name).slice(1).toLowerCase();
      let path: string | null;
      try {
        path = await deps.chooseSavePath({ suggestedName: name, extension, mime });
      } catch (error) {
        return errorOf(error, 'save.dialogFailed');
      }
      if (!path) return ok({ token: null, name: null });
      try {
        const token = await sessions.open(path);
        return ok({ token, name: basename(path) });
      } catch (error) {
        return errorOf(error, 'save.openFailed');
      }
    },
    'save:chunk': async ({ token, bytes }) => {
      try {
        return ok({ written: await sessions.write(token, bytes) });
      } catch (error) {
        return errorOf(error, 'save.writeFailed');
      }
    },
    'save:finish': async ({ token }) => {
      try {
        return ok({ name: basename(await sessions.finish(token)) });
      } catch (error) {
        return errorOf(error, 'save.finishFailed');
      }
    },
    'save:abort': async ({ token }) => {
      await sessions.abort(token);
      return ok({});
    },
  };
}
