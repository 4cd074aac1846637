// Large test files written to disk in 1 MiB steps (never held in memory at once), and
// their digests by the system's `sha256sum`, the reference the app's hashes must equal.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** `bytes` of varied, reproducible content (not all zeros, so nothing compresses it away). */
export async function writeLargeFile(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(1 << 20);
  for (let written = 0, n = 0; written < bytes; n += 1) {
    for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((n * 2654435761 + i * 40503) >>> 0, i);
    const chunk = block.subarray(0, Math.min(block.length, bytes - written));
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export const sha256sum = (path: string): string => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0]!;
