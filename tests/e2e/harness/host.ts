// The main-process side of the harness: main's real dispatcher, sender guard and
// handlers, with only the native pieces (app metadata, menus, the system browser)
// replaced by recorders the tests can assert on.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame } from '@playwright/test';
import { appOriginSender, createDispatcher, type Dispatcher, type SenderInfo } from '../../../main/ipc/dispatch';
import { createHandlers, type SavePathRequest } from '../../../main/ipc/handlers';
import { nodeSaveFs } from '../../../main/services/nodeSaveFs';
import { createSaveSessions } from '../../../main/services/saveSessions';
import { nodeBackupFs, nodeBackupSettingsFs } from '../../../main/services/backupFs';
import { createBackupSettingsHolder, DEFAULT_BACKUP_SETTINGS } from '../../../main/services/backupSettings';
import { createBackupStore } from '../../../main/services/backupStore';
import { createLogJournal } from '../../../main/services/logJournal';
import { createQuitBackup, type QuitBackupOutcome } from '../../../main/services/backupQuit';
import type { AppInfo, Language } from '../../../shared/ipc/contract';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT } from './paths';

export interface HostOptions {
  /** What the "operating system" reports as its locale, e.g. `ja-JP`. */
  systemLocale?: string;
  /** What the "operating system" reports as its time zone. */
  systemTimeZone?: string;
  /** The folder main's save dialog "chooses" (it answers with the suggested name there). Default: a new temp dir. */
  saveDir?: string;
  /** main's `<userData>`: backups go to `<userDataDir>/backups`, the journal to `<userDataDir>/journal`. Default: a new temp dir. */
  mainUserDataDir?: string;
  /** What main's folder dialog answers for "Also copy to folder…" (null: Cancel). */
  backupCopyDir?: string | null;
}

/** One call that reached the dispatcher, whatever its outcome. */
export interface IpcCall {
  channel: unknown;
  payload: unknown;
  sender: SenderInfo;
  result: unknown;
}

export interface TestHost {
  readonly dispatch: Dispatcher;
  readonly appInfo: AppInfo;
  /** URLs main handed to the system browser, in order. */
  readonly openedExternal: string[];
  /** Languages the renderer asked main to use for its menus, in order. */
  readonly languageCalls: Language[];
  /** Every call that reached the dispatcher, in order. */
  readonly ipcCalls: IpcCall[];
  /** Errors main's dispatcher reported (handler exceptions, broken responses). */
  readonly mainErrors: unknown[];
  /** Where saved files land: `<saveDir>/<suggested name>`, written by main's real save sessions. */
  readonly saveDir: string;
  /** Every save dialog main showed, in order. */
  readonly saveRequests: SavePathRequest[];
  /** Set to true to answer the next save dialog with Cancel. */
  cancelNextSave: boolean;
  /** main's rotating backups folder, written by main's real backup store. */
  readonly backupDir: string;
  /** What main's folder dialog answers next for the backups' copy folder (null: Cancel). */
  backupCopyDir: string | null;
  /** main's log journal, written by main's real journal. */
  readonly journalFile: string;
  /** Closes what main holds open (the journal), as main does when it quits. */
  close(): Promise<void>;
  /** main's quit-time wait (before-quit): asks the page for a last backup and resolves when it answered or gave up. */
  quitBackup(): Promise<QuitBackupOutcome>;
  /** How main reaches the page (set by the harness once the page exists). */
  sendEvent: ((channel: 'backup:quit-requested', payload: { requestId: string }) => boolean) | null;
  /** What the page's binding would get for a call from `frame`. */
  invokeFrom(frame: Frame, channel: unknown, payload: unknown): Promise<unknown>;
}

/** main's PDF printer, with Chromium in place of Electron: a page with JavaScript off, printed to A4. */
async function printWithChromium(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  productName?: string;
  version: string;
};

/** How Electron's `event.senderFrame` would describe `frame`. */
export const senderOf = (frame: Frame): SenderInfo => ({
  url: frame.url(),
  isMainFrame: frame === frame.page().mainFrame(),
});

export function createTestHost(origin: string, options: HostOptions = {}): TestHost {
  const openedExternal: string[] = [];
  const languageCalls: Language[] = [];
  const ipcCalls: IpcCall[] = [];
  const mainErrors: unknown[] = [];
  const appInfo: AppInfo = {
    // Electron's app.getName() prefers productName.
    name: packageJson.productName ?? packageJson.name,
    version: packageJson.version,
    platform: 'linux',
    systemLocale: options.systemLocale ?? 'en-US',
    systemTimeZone: options.systemTimeZone ?? 'Asia/Tokyo',
  };
  const saveDir = options.saveDir ?? mkdtempSync(join(tmpdir(), 'lantern-saves-'));
  const saveRequests: SavePathRequest[] = [];
  const saving = { cancelNext: false };
  const userData = options.mainUserDataDir ?? mkdtempSync(join(tmpdir(), 'lantern-userdata-'));
  mkdirSync(userData, { recursive: true });
  const backupDir = join(userData, 'backups');
  const journalFile = join(userData, 'journal', 'log.ndjson');
  const journal = createLogJournal(journalFile);
  const backupDialog = { answer: options.backupCopyDir ?? null };
  const events: { send: TestHost['sendEvent'] } = { send: null };
  const quitBackup = createQuitBackup({ request: (requestId) => events.send?.('backup:quit-requested', { requestId }) ?? false });
  const backupSettings = createBackupSettingsHolder(nodeBackupSettingsFs, join(userData, 'backup-settings.json'), DEFAULT_BACKUP_SETTINGS);
  const handlers = createHandlers({
    appInfo: () => ({ ...appInfo }),
    setLanguage: (language) => void languageCalls.push(language),
    openExternal: async (url) => void openedExternal.push(url),
    chooseSavePath: async (request) => {
      saveRequests.push(request);
      const cancel = saving.cancelNext;
      saving.cancelNext = false;
      return cancel ? null : join(saveDir, request.suggestedName);
    },
    saveSessions: createSaveSessions({ fs: nodeSaveFs }),
    printToPdf: printWithChromium,
    backup: {
      store: createBackupStore({
        folder: backupDir,
        fs: nodeBackupFs,
        sessions: createSaveSessions({ fs: nodeBackupFs, maxOpen: 2 }),
        copyFolder: () => backupSettings.get().copyFolder,
        onActivity: quitBackup.activity,
      }),
      settings: backupSettings,
      quit: quitBackup,
      chooseFolder: async () => backupDialog.answer,
    },
    journal,
  });
  const dispatch = createDispatcher({
    handlers,
    isAllowedSender: appOriginSender(origin),
    onError: (error) => void mainErrors.push(error),
  });

  return {
    dispatch,
    appInfo,
    openedExternal,
    languageCalls,
    ipcCalls,
    mainErrors,
    saveDir,
    saveRequests,
    get cancelNextSave() {
      return saving.cancelNext;
    },
    set cancelNextSave(value: boolean) {
      saving.cancelNext = value;
    },
    backupDir,
    journalFile,
    close: () => journal.close(),
    get backupCopyDir() {
      return backupDialog.answer;
    },
    set backupCopyDir(value: string | null) {
      backupDialog.answer = value;
    },
    quitBackup: () => quitBackup.run(),
    get sendEvent() {
      return events.send;
    },
    set sendEvent(value: TestHost['sendEvent']) {
      events.send = value;
    },
    async invokeFrom(frame, channel, payload) {
      const sender = senderOf(frame);
      const result = await dispatch(sender, channel, payload);
      ipcCalls.push({ channel, payload, sender, result });
      return result;
    },
  };
}
