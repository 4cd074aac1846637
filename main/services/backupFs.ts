// The real file system behind backupStore: nodeSaveFs (owner-only files, full writes, fsync)
// plus what rotation and copying need. Reads go in 1 MiB chunks (the default 64 KiB is slow).
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFs } from './backupStore';
import type { BackupSettingsFs } from './backupSettings';
import { nodeSaveFs } from './nodeSaveFs';

export const nodeBackupFs: BackupFs = {
  ...nodeSaveFs,
  mkdir: async (path) => void (await mkdir(path, { recursive: true, mode: 0o700 })),
  readdir: (path) => readdir(path),
  async stat(path) {
    const info = await stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs, isDirectory: info.isDirectory() };
  },
  read: (path) => createReadStream(path, { highWaterMark: 1024 * 1024 }),
  join: (folder, name) => join(folder, name),
};

export const nodeBackupSettingsFs: BackupSettingsFs = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data, { encoding: 'utf8', mode: 0o600 }),
  rename: (from, to) => rename(from, to),
};
