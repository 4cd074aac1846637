// Hashes evidence off the main thread: the window keeps responding (progress,
// cancel) while a many-GB image is read. The Blob arrives by structured clone,
// which shares the underlying file instead of copying its bytes.
import { serveHashing, type HashWorkerScope } from './sha256Stream';

serveHashing(self as unknown as HashWorkerScope);
