// All invoke handlers, built from injected dependencies so tests (and the e2e
// harness) run them without Electron. main/index.ts supplies the real ones.
import type { AppInfo, Language } from '../../../shared/ipc/contract';
import type { InvokeHandlers } from '../dispatch';
import { createAppHandlers } from './app';
import { createShellHandlers } from './shell';

export interface HandlerDeps {
  appInfo(): AppInfo;
  setLanguage(language: Language): void;
  openExternal(url: string): Promise<void>;
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  return { ...createAppHandlers(deps), ...createShellHandlers(deps) };
}
