// The hash worker's second thread: hashes the chunks the hash worker reads, so that
// reading the next chunk and hashing this one happen at once (sha256Stream.ts).
import { serveChunkHashing, type ChunkHashingScope } from './sha256Stream';

serveChunkHashing(self as unknown as ChunkHashingScope);
