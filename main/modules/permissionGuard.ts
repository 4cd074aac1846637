// Refuses web permissions in every session. Threat: the page (or injected
// content) using the camera, microphone, location, notifications, USB/HID/serial
// devices or screen capture. Electron grants all of these by default.
import { app, session } from 'electron';
import type { Session } from 'electron';
import { isPermissionAllowed } from '../security/permissions';

function guardSession(target: Session, appOrigin: string): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, appOrigin)),
  );
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, appOrigin),
  );
  target.setDevicePermissionHandler(() => false);
}

/** Must run after `ready` (the default session exists only then). */
export function guardPermissions(appOrigin: string): void {
  guardSession(session.defaultSession, appOrigin);
  app.on('session-created', (created) => guardSession(created, appOrigin));
}
