// Serves the renderer build on app://lantern/. Threats: the renderer loaded from
// file:// (which would share one origin with every local file) and requests
// escaping the build folder. The scheme is registered privileged (standard,
// secure) before `ready` so IndexedDB, fetch and workers behave as on https.
import { protocol } from 'electron';
import { APP_SCHEME } from '../security/origin';
import { respondToAppRequest } from '../services/rendererResponse';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: V8 keeps the compiled renderer code between starts (it needs `standard`).
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true },
    },
  ]);
}

/** Answers every app:// request from `rendererRoot` (out/renderer). */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, request));
}
