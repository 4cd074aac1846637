// Handlers for the `shell:` channels. Threat: a link in a log entry (pasted from a
// phishing mail, say) launching a local program through file:, smb: or a custom
// protocol handler. The URL is re-checked here even though the contract schema
// already did: this is the last step before the operating system acts on it.
import { isSafeLinkUrl } from '../../../shared/domain/links';
import { fail, ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { HandlerDeps } from './index';

export function createShellHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'shell:open-external'> {
  return {
    'shell:open-external': async ({ url }) => {
      if (!isSafeLinkUrl(url)) return fail('shell.unsafeUrl', 'only http, https and mailto links can be opened');
      try {
        await deps.openExternal(url);
        return ok({});
      } catch {
        return fail('shell.openFailed', 'the system could not open the link');
      }
    },
  };
}
