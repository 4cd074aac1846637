// Handlers for the `app:` channels: what the app is, and which language its menus use.
import { ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { HandlerDeps } from './index';

export function createAppHandlers(deps: HandlerDeps): Pick<InvokeHandlers, 'app:get-info' | 'app:set-language'> {
  return {
    'app:get-info': async () => ok(deps.appInfo()),
    'app:set-language': async ({ language }) => {
      deps.setLanguage(language);
      return ok({});
    },
  };
}
