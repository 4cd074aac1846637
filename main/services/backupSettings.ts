// main's own record of where backups are also copied (a folder the responder chose in
// main's dialog, e.g. on a USB drive). Kept in `<userData>/backup-settings.json`, never in
// the renderer: the page cannot name a folder, it can only ask main to show the dialog.
// Written through a temporary file and a rename, so a crash never leaves half a file.
import { z } from '../../shared/zod';

export interface BackupSettings {
  copyFolder: string | null;
}

export interface BackupSettingsFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

const StoredSchema = z.object({ copyFolder: z.string().min(1).max(4096).nullable() });
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { copyFolder: null };

/** The stored settings; a missing, unreadable or malformed file gives the defaults. */
export async function loadBackupSettings(fs: Pick<BackupSettingsFs, 'readFile'>, file: string): Promise<BackupSettings> {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(await fs.readFile(file)));
    return parsed.success ? { copyFolder: parsed.data.copyFolder } : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export async function saveBackupSettings(fs: BackupSettingsFs, file: string, settings: BackupSettings): Promise<void> {
  const temporary = `${file}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(StoredSchema.parse(settings)));
  await fs.rename(temporary, file);
}

/** The settings held in memory (the store reads them on every backup) and saved on each change. */
export function createBackupSettingsHolder(fs: BackupSettingsFs, file: string, initial: BackupSettings) {
  let current = initial;
  return {
    get: (): BackupSettings => current,
    async setCopyFolder(copyFolder: string | null): Promise<void> {
      const next = { ...current, copyFolder };
      await saveBackupSettings(fs, file, next);
      current = next;
    },
  };
}
export type BackupSettingsHolder = ReturnType<typeof createBackupSettingsHolder>;
