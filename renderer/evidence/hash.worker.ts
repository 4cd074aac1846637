// Hashes evidence off the main thread: the window keeps responding (progress,
// cancel) while a many-GB image is read. The Blob arrives by structured clone,
// which shares the underlying file instead of copying its bytes. This worker reads;
// a worker of its own hashes (sha256.worker.ts), and ends with it.
import { remoteHasher, serveHashing, type HashWorkerScope } from './sha256Stream';

serveHashing(self as unknown as HashWorkerScope, () => {
  if (typeof Worker === 'undefined') return null;
  try {
    return remoteHasher(new Worker(new URL('./sha256.worker.ts', import.meta.url), { type: 'module', name: 'lantern-sha256' }));
  } catch {
    return null;
  }
});
