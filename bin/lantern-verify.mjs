#!/usr/bin/env node
// `lantern-verify bundle.zip`: checks a Lantern evidence bundle in plain Node 20 (no
// Electron, no network) with the very verifier the app runs (shared/bundle/verify.ts),
// bundled from the TypeScript source into memory by esbuild at start, so nothing is built
// or written. Exit codes: 0 verified, 1 the bundle failed a check, 2 usage (or no esbuild).
import { open, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundle as the verifier's BlobLike, read by position from an open file. Not
 * fs.openAsBlob: Node 20's reports the size modulo 4 GiB, so a ZIP64 bundle over 4 GiB
 * looked truncated ("End of central directory not found").
 */
async function fileBlob(path) {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  const part = (start, end) => ({
    size: end - start,
    slice: (from = 0, to = end - start) => part(start + Math.max(0, from), start + Math.min(end - start, to)),
    async arrayBuffer() {
      const bytes = new Uint8Array(end - start);
      for (let done = 0; done < bytes.length; ) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) throw new Error(`${path} ended early`);
        done += bytesRead;
      }
      return bytes.buffer;
    },
  });
  return part(0, size);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: lantern-verify <bundle.zip>

Checks a Lantern evidence bundle without trusting the laptop that wrote it: the ZIP's
structure and size limits, the BagIt manifests (every file's SHA-256), the Ed25519
signature over the tag manifest, every device's hash chain, every custody chain and
every evidence file. Prints one line per check and exits 0 when all pass, 1 naming the
first failing file or entry, 2 on a usage error.`;

/** Bundles the TypeScript verifier and imports it from memory. */
async function loadVerifier() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed: run `npm ci` in the Lantern repository first');
  }
  const result = await esbuild.build({
    stdin: {
      contents: "export { verifyBundle } from './shared/bundle/verify.ts';\nexport { reportLines } from './shared/bundle/verifyReport.ts';\n",
      resolveDir: ROOT,
      sourcefile: 'lantern-verify-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Half the text to parse (zod, zip.js and hash-wasm dominate): about a second less at start.
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Reading progress on a terminal, about ten times a second, erased before the report. */
function progressLine(stream) {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let last = 0;
  let shown = false;
  return {
    update({ phase, bytes, total }) {
      const now = Date.now();
      if (phase !== 'reading' || now - last < 100) return;
      last = now;
      shown = true;
      const percent = total > 0 ? Math.min(100, Math.floor((bytes / total) * 100)) : 100;
      stream.write(`\rReading… ${percent}% (${(bytes / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB)`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

function usageError(message) {
  process.stderr.write(`lantern-verify: ${message}\n\n${USAGE}\n`);
  process.exitCode = 2;
}

async function main(args) {
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const options = args.filter((arg) => arg.startsWith('-') && arg !== '-');
  if (options.length > 0) return usageError(`unknown option ${options[0]}`);
  if (args.length !== 1) return usageError(args.length === 0 ? 'no bundle given' : 'give exactly one bundle');
  const path = resolve(args[0]);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return usageError(`${args[0]} is not a file that can be read`);

  let verifier;
  try {
    verifier = await loadVerifier();
  } catch (error) {
    process.stderr.write(`lantern-verify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const progress = progressLine(process.stderr);
  const verification = await verifier.verifyBundle(await fileBlob(path), { onProgress: progress.update });
  progress.clear();
  process.stdout.write(`${verifier.reportLines(verification, basename(path)).join('\n')}\n`);
  process.exitCode = verification.ok ? 0 : 1;
}

await main(process.argv.slice(2));
