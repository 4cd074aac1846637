// Handler for `pdf:print`: the renderer's HTML report printed to A4 PDF by main (see
// modules/pdfPrinter.ts: a hidden, sandboxed window with JavaScript off). The bytes go
// back to the renderer, which saves them through the `save:` channels.
import { fail, ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { HandlerDeps } from './index';

export function createPdfHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'pdf:print'> {
  return {
    'pdf:print': async ({ html }) => {
      try {
        return ok({ pdf: await deps.printToPdf(html) });
      } catch (error) {
        return fail('pdf.printFailed', (error instanceof Error ? error.message : String(error)).slice(0, 300));
      }
    },
  };
}
