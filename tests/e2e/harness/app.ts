// Puts the harness into a browser context (bridge, bindings, CSP recorder) and
// describes the running app to tests: its page, origin and what "main" recorded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { emit as emitFromMain } from '../../../main/ipc/emit';
import type { Dispatcher } from '../../../main/ipc/dispatch';
import type { SavePathRequest } from '../../../main/ipc/handlers';
import type { AppInfo, EventChannel, EventOf, Language } from '../../../shared/ipc/contract';
import type { QuitBackupOutcome } from '../../../main/services/backupQuit';
import { bridgeBundlePath } from './bridgeBundle';
import { createTestHost, type HostOptions, type IpcCall } from './host';
import { CHROMIUM_ARGS, CHROMIUM_PATH, WEB_ROOT } from './paths';
import { saveScreenshot, type ScreenshotOptions } from './screenshots';
import { startRendererServer, type RendererServer } from './server';
import type { CspViolation } from './types';

export interface LanternApp {
  readonly page: Page;
  readonly context: BrowserContext;
  /** `http://127.0.0.1:<port>`, the app origin (same for every page of a worker). */
  readonly origin: string;
  /** What `app:get-info` answers. */
  readonly appInfo: AppInfo;
  /** URLs main's `shell:open-external` handler passed to the system browser. */
  readonly openedExternal: string[];
  /** Languages passed to main's `app:set-language` handler. */
  readonly languageCalls: Language[];
  /** Every call that reached main's dispatcher, with the sender and the Result. */
  readonly ipcCalls: IpcCall[];
  /** Errors main's dispatcher reported (handler exceptions, responses off-contract). */
  readonly mainErrors: unknown[];
  /** Where main's save dialog puts files: `<saveDir>/<suggested name>`. */
  readonly saveDir: string;
  /** Every save dialog main showed, in order (the last one names the file just saved). */
  readonly saveRequests: SavePathRequest[];
  /** main's rotating backups folder (`<userData>/backups`), written by main's real backup store. */
  readonly backupDir: string;
  /** Sets what main's folder dialog answers for "Also copy to folder…" (null: Cancel). */
  answerBackupFolderDialog(folder: string | null): void;
  /** Runs main's quit-time wait: the page is asked for a last backup; resolves with how that went. */
  quitBackup(): Promise<QuitBackupOutcome>;
  /** CSP violations in any page or frame of this context, across reloads. */
  readonly cspViolations: CspViolation[];
  /** Each time the page opened the print dialog (window.print), when; headless Chromium has no dialog to show. */
  readonly printDialogs: number[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: Error[];
  /** `console.error` messages of the page. */
  readonly consoleErrors: string[];
  /** main's dispatcher itself, to call with a hand-made sender. */
  readonly dispatch: Dispatcher;
  /** Sends a main → renderer event through main's emit() (contract-checked). */
  emit<C extends EventChannel>(channel: C, payload: EventOf<C>): Promise<number>;
  /** Delivers an event with no contract check, to test the preload's own check. */
  emitUnchecked(channel: string, payload: unknown): Promise<number>;
  /** Opens `path` (default `/`) on the app origin and waits for `load`. */
  goto(path?: string): Promise<void>;
  reload(): Promise<void>;
  /** Fails with the list of violations if any page of this context broke the CSP. */
  expectNoCspViolations(): void;
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string, options?: ScreenshotOptions): Promise<string>;
}

export interface LaunchedApp extends LanternApp {
  /** Closes the browser; the profile stays in `userDataDir`. */
  close(): Promise<void>;
}

export interface LaunchOptions extends HostOptions {
  /** Chromium profile directory; reuse it to reopen the same data. Default: a new temp dir. */
  userDataDir?: string;
  /** Browser locale (navigator.language, Intl default), e.g. `ja-JP`. */
  locale?: string;
  /** Browser time zone, e.g. `Asia/Tokyo`. */
  timezoneId?: string;
  /** Path to open after launch; `null` opens nothing. Default `/`. */
  path?: string | null;
}

export const VIEWPORT = { width: 1280, height: 800 };

let sharedServer: Promise<RendererServer> | null = null;

/** One server per worker process, so the origin (and IndexedDB) survives relaunches. */
export function rendererServer(): Promise<RendererServer> {
  sharedServer ??= startRendererServer(WEB_ROOT);
  return sharedServer;
}

export async function closeRendererServer(): Promise<void> {
  const server = sharedServer;
  sharedServer = null;
  if (server) await (await server).close();
}

/** Installs the bridge, main's dispatcher and the recorders into `context`. */
export async function attachHarness(
  context: BrowserContext,
  page: Page,
  origin: string,
  options: HostOptions = {},
): Promise<LanternApp> {
  const host = createTestHost(origin, options);
  context.once('close', () => void host.close());
  const cspViolations: CspViolation[] = [];
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  const printDialogs: number[] = [];

  // The system print dialog stands in for the user's printer. Headless Chromium would start a real
  // print job that then blocks page.pdf() ("Page is already being printed"), so record the request.
  await context.exposeBinding('__lanternPrintDialog', () => void printDialogs.push(Date.now()));
  await context.addInitScript(() => {
    window.print = () => void (window as unknown as { __lanternPrintDialog?: () => Promise<void> }).__lanternPrintDialog?.();
  });
  await context.exposeBinding('__lanternInvoke', (source, channel: unknown, payload: unknown) =>
    host.invokeFrom(source.frame, channel, payload),
  );
  await context.exposeBinding('__lanternCspReport', (_source, violation: CspViolation) => {
    cspViolations.push(violation);
  });
  await context.addInitScript({ path: await bridgeBundlePath() });
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  const deliver = (channel: string, payload: unknown): Promise<number> =>
    page.mainFrame().evaluate(
      ([name, data]) => window.__lanternHarness?.emit(name, data) ?? 0,
      [channel, payload] as const,
    );

  // main's emit() to the page, for the events main's own services send (the quit-time backup request).
  host.sendEvent = (channel, payload) =>
    emitFromMain({ send: (name: string, data: unknown) => void deliver(name, data).catch(() => 0), isDestroyed: () => page.isClosed() }, channel, payload);

  return {
    page,
    context,
    origin,
    appInfo: host.appInfo,
    openedExternal: host.openedExternal,
    languageCalls: host.languageCalls,
    ipcCalls: host.ipcCalls,
    mainErrors: host.mainErrors,
    backupDir: host.backupDir,
    answerBackupFolderDialog: (folder) => void (host.backupCopyDir = folder),
    quitBackup: () => host.quitBackup(),
    saveDir: host.saveDir,
    saveRequests: host.saveRequests,
    cspViolations,
    printDialogs,
    pageErrors,
    consoleErrors,
    dispatch: host.dispatch,
    async emit(channel, payload) {
      // main's emit() sends synchronously; webContents.send only goes to the main frame.
      let delivered: Promise<number> = Promise.resolve(0);
      const errors: unknown[] = [];
      const sent = emitFromMain(
        { send: (name: string, data: unknown) => void (delivered = deliver(name, data)), isDestroyed: () => page.isClosed() },
        channel,
        payload,
        (error) => void errors.push(error),
      );
      if (!sent) throw new Error(`main refused to emit ${channel}: ${errors.map(String).join('; ') || 'page closed'}`);
      return delivered;
    },
    emitUnchecked: deliver,
    async goto(path = '/') {
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    expectNoCspViolations() {
      expect(cspViolations, 'the page broke its Content-Security-Policy').toEqual([]);
    },
    screenshot: (name, screenshotOptions) => saveScreenshot(page, name, screenshotOptions),
  };
}

/**
 * Launches Chromium with a persistent profile (closing and relaunching with the
 * same `userDataDir` keeps IndexedDB) and opens the app in it.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const server = await rendererServer();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'lantern-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
    locale: options.locale,
    timezoneId: options.timezoneId,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = await attachHarness(context, page, server.origin, {
      systemLocale: options.systemLocale ?? options.locale,
      systemTimeZone: options.systemTimeZone ?? options.timezoneId,
      // As in Electron, main's files (backups, the journal) live in the profile's folder and outlast a relaunch.
      mainUserDataDir: options.mainUserDataDir ?? join(userDataDir, 'lantern-main'),
      backupCopyDir: options.backupCopyDir,
      saveDir: options.saveDir,
    });
    if (options.path !== null) await app.goto(options.path ?? '/');
    return { ...app, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
