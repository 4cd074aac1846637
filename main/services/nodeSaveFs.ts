// The real file system behind saveSessions: exports are written owner-only (0600),
// since they hold an incident's log and may hold its evidence.
import { open, rename, rm } from 'node:fs/promises';
import type { SaveFs } from './saveSessions';

export const nodeSaveFs: SaveFs = {
  async open(path) {
    const handle = await open(path, 'w', 0o600);
    return {
      write: async (bytes) => {
        // A short write is possible for large buffers; keep writing until all of it is out.
        let offset = 0;
        while (offset < bytes.byteLength) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};
