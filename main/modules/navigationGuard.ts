// Keeps every window on the app's origin. Threat: a link, redirect or script
// taking a privileged window (one with the preload bridge) to a remote or
// file:// page, embedding a <webview>, or opening new windows. Safe external
// links asked for as new windows go to the system browser instead.
import { app } from 'electron';
import type { Event, WebContents } from 'electron';
import { externalLinkTarget, isAllowedNavigation } from '../security/navigation';

export function guardNavigation(appOrigin: string, openExternal: (url: string) => Promise<void>): void {
  const denyForeign = (event: Event & { url: string }) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  };
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', denyForeign);
    contents.on('will-frame-navigate', denyForeign);
    contents.on('will-redirect', denyForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const target = externalLinkTarget(url);
      if (target !== null) openExternal(target).catch(() => {});
      return { action: 'deny' };
    });
  });
}
