// All invoke handlers, built from injected dependencies so tests (and the e2e
// harness) run them without Electron. main/index.ts supplies the real ones.
import type { AppInfo, Language } from '../../../shared/ipc/contract';
import type { LogJournal } from '../../services/logJournal';
import type { SaveSessions } from '../../services/saveSessions';
import type { InvokeHandlers } from '../dispatch';
import { createAppHandlers } from './app';
import { createBackupHandlers, type BackupDeps } from './backup';
import { createJournalHandlers } from './journal';
import { createPdfHandlers } from './pdf';
import { createSaveHandlers } from './save';
import { createShellHandlers } from './shell';

export interface SavePathRequest {
  /** A plain file name (no folder) to propose. */
  suggestedName: string;
  /** Its extension without the dot, lower case ('' when none), for the dialog's file type filter. */
  extension: string;
  mime: string;
}

export interface HandlerDeps {
  appInfo(): AppInfo;
  setLanguage(language: Language): void;
  openExternal(url: string): Promise<void>;
  /** Shows the native save dialog; the absolute path chosen, or null when cancelled. */
  chooseSavePath(request: SavePathRequest): Promise<string | null>;
  saveSessions: SaveSessions;
  /** Prints a self-contained HTML document to A4 PDF. */
  printToPdf(html: string): Promise<Uint8Array>;
  /** The rotating backups folder, the copy folder and the quit-time wait; hosts without them answer backup.unavailable. */
  backup?: BackupDeps;
  /** The log journal (`<userData>/journal`); hosts without one answer journal.unavailable. */
  journal?: LogJournal;
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  return { ...createAppHandlers(deps), ...createShellHandlers(deps), ...createSaveHandlers(deps), ...createPdfHandlers(deps), ...createBackupHandlers(deps), ...createJournalHandlers(deps) };
}
