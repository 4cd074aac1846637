// Handlers for the `backup:` channels: the renderer streams a snapshot of the notebook into
// main's rotating backups folder (main names the file; the page only holds a token), asks
// main to show its folder dialog for an extra copy (main keeps the folder; the page never
// sends a path), and answers main's quit-time request for a last backup.
import { fail, ok } from '../../../shared/result';
import type { InvokeHandlers } from '../dispatch';
import type { BackupStore } from '../../services/backupStore';
import type { BackupSettingsHolder } from '../../services/backupSettings';
import type { QuitBackup } from '../../services/backupQuit';
import type { HandlerDeps } from './index';

export interface BackupDeps {
  store: BackupStore;
  settings: BackupSettingsHolder;
  /** main's native folder dialog; the folder chosen, or null when cancelled. */
  chooseFolder(current: string | null): Promise<string | null>;
  quit: QuitBackup;
}

type BackupChannel =
  | 'backup:begin'
  | 'backup:chunk'
  | 'backup:finish'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:choose-folder'
  | 'backup:clear-folder'
  | 'backup:quit-done';

const errorOf = (error: unknown, fallback: string) => {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const details = (error as { details?: Record<string, string | number | boolean | null> } | null)?.details ?? { detail: message };
  return fail(typeof code === 'string' && code.startsWith('backup.') ? code : fallback, message, details);
};

export function createBackupHandlers(deps: HandlerDeps): Pick<InvokeHandlers, BackupChannel> {
  const backup = deps.backup;
  const unavailable = () => fail('backup.unavailable', 'this host keeps no backups');
  return {
    'backup:begin': async ({ reason }) => {
      if (!backup) return unavailable();
      backup.quit.activity();
      try {
        return ok(await backup.store.begin(reason));
      } catch (error) {
        return errorOf(error, 'backup.openFailed');
      }
    },
    'backup:chunk': async ({ token, bytes }) => {
      if (!backup) return unavailable();
      try {
        return ok({ written: await backup.store.write(token, bytes) });
      } catch (error) {
        return errorOf(error, 'backup.writeFailed');
      }
    },
    'backup:finish': async ({ token }) => {
      if (!backup) return unavailable();
      try {
        return ok(await backup.store.finish(token));
      } catch (error) {
        return errorOf(error, 'backup.finishFailed');
      }
    },
    'backup:abort': async ({ token }) => {
      if (!backup) return unavailable();
      await backup.store.abort(token);
      return ok({});
    },
    'backup:list': async () => {
      if (!backup) return unavailable();
      return ok(await backup.store.list());
    },
    'backup:choose-folder': async () => {
      if (!backup) return unavailable();
      const current = backup.settings.get().copyFolder;
      let chosen: string | null;
      try {
        chosen = await backup.chooseFolder(current);
      } catch (error) {
        return errorOf(error, 'backup.dialogFailed');
      }
      if (!chosen) return ok({ copyFolder: current });
      if (chosen === backup.store.folder) return fail('backup.sameFolder', 'the copy folder is the backups folder itself');
      try {
        await backup.settings.setCopyFolder(chosen);
      } catch (error) {
        return errorOf(error, 'backup.settingsFailed');
      }
      return ok({ copyFolder: chosen });
    },
    'backup:clear-folder': async () => {
      if (!backup) return unavailable();
      try {
        await backup.settings.setCopyFolder(null);
      } catch (error) {
        return errorOf(error, 'backup.settingsFailed');
      }
      return ok({});
    },
    'backup:quit-done': async ({ requestId, outcome }) => {
      if (!backup) return unavailable();
      backup.quit.done(requestId, outcome);
      return ok({});
    },
  };
}
