// Playwright fixtures for Lantern's e2e tests. Import `test` and `expect` from here:
//   test('…', async ({ app }) => { await app.page.getByRole(…) … });
// `app` is the built renderer in a fresh browser context with the real bridge and
// main's real dispatcher; `launchApp` opens a persistent profile that survives relaunch.
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  attachHarness,
  closeRendererServer,
  launchApp as launchPersistentApp,
  rendererServer,
  type LanternApp,
  type LaunchOptions,
  type LaunchedApp,
} from './app';
import type { RendererServer } from './server';

export interface LanternTestOptions {
  /** The OS locale main reports in `app:get-info`. Default: the test's `locale`, else `en-US`. */
  systemLocale: string;
  /** The OS time zone main reports. Default: the test's `timezoneId`, else `Asia/Tokyo`. */
  systemTimeZone: string;
  /** Where `app` opens; `null` opens nothing (call `app.goto()` yourself). Default `/`. */
  appPath: string | null;
  /** Fail the test when a page broke its CSP (turn off only to test a violation). Default true. */
  failOnCspViolation: boolean;
}

export interface LanternFixtures {
  /** The app in a fresh, non-persistent context (the test's `page`). */
  app: LanternApp;
  /** An empty profile directory for this test, under its artefact folder. */
  userDataDir: string;
  /**
   * Launches a browser on a persistent profile (default: `userDataDir`, locale and
   * time zone of the test). Close it and call again with the same directory to
   * check that data survived. Anything left open is closed after the test.
   */
  launchApp(options?: LaunchOptions): Promise<LaunchedApp>;
}

export const test = base.extend<LanternTestOptions & LanternFixtures, { rendererServer: RendererServer }>({
  systemLocale: [async ({ locale }, use) => use(locale ?? 'en-US'), { option: true }],
  systemTimeZone: [async ({ timezoneId }, use) => use(timezoneId ?? 'Asia/Tokyo'), { option: true }],
  appPath: ['/', { option: true }],
  failOnCspViolation: [true, { option: true }],

  rendererServer: [
    async ({}, use) => {
      await use(await rendererServer());
      await closeRendererServer();
    },
    { scope: 'worker' },
  ],

  app: async ({ context, page, rendererServer, systemLocale, systemTimeZone, appPath, failOnCspViolation }, use) => {
    const app = await attachHarness(context, page, rendererServer.origin, { systemLocale, systemTimeZone });
    if (appPath !== null) await app.goto(appPath);
    await use(app);
    if (failOnCspViolation) app.expectNoCspViolations();
  },

  userDataDir: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('user-data');
    mkdirSync(dir, { recursive: true });
    await use(dir);
  },

  launchApp: async (
    { rendererServer: _server, userDataDir, locale, timezoneId, systemLocale, systemTimeZone, failOnCspViolation },
    use,
  ) => {
    const launched: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchPersistentApp({
        userDataDir,
        locale,
        timezoneId,
        ...options,
        // A locale or zone given here is also what the "OS" reports, unless set apart.
        systemLocale: options.systemLocale ?? options.locale ?? systemLocale,
        systemTimeZone: options.systemTimeZone ?? options.timezoneId ?? systemTimeZone,
      });
      launched.push(app);
      return app;
    });
    await Promise.all(launched.map((app) => app.close().catch(() => {})));
    if (failOnCspViolation) for (const app of launched) app.expectNoCspViolations();
  },
});

export { expect };
export type { LanternApp, LaunchedApp, LaunchOptions };
