// @vitest-environment node
// `lantern-verify bundle.zip` in plain Node, as legal would run it: one line per check and
// the summary on a good bundle (exit 0), the failing file named on a tampered one (exit 1),
// and usage errors (exit 2). Runs the real command as a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBag, zipBag } from './fixtures/bag';
import { makeNotebook } from './fixtures/notebook';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/lantern-verify.mjs');
/** What `npx lantern-verify` runs: the link npm makes from tools/lantern-verify. */
const LINKED = join(ROOT, 'node_modules/.bin/lantern-verify');
const SPAWN_TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd: ROOT, timeout: SPAWN_TIMEOUT, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

let dir: string;
let good: string;
let flipped: string;
const NOTE = 'data/evidence/0001-ransom_note.txt';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-verify-'));
  const notebook = makeNotebook();
  const zip = await zipBag(await buildBag(notebook));
  good = join(dir, 'good.zip');
  writeFileSync(good, zip);
  const tampered = zip.slice();
  tampered[Buffer.from(tampered).indexOf(Buffer.from(notebook.evidence.get(NOTE)!)) + 3]! ^= 0x01;
  flipped = join(dir, 'flipped.zip');
  writeFileSync(flipped, tampered);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantern-verify', () => {
  it(
    'prints every check and the summary for a good bundle, and exits 0',
    async () => {
      const { code, stdout } = await run(process.execPath, [BIN, good]);
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(14);
      expect(lines.slice(0, 13).every((line) => line.startsWith('✔ '))).toBe(true);
      expect(lines[6]).toMatch(/^✔ Signature: Ed25519 signature by 佐藤 花子/);
      expect(lines[13]).toMatch(/^Bundle verified: 15 files, 5 entries from 2 devices, 2 evidence items, signed by [0-9a-f]{64}$/);
      expect(code).toBe(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'names the evidence file with a flipped byte and exits 1',
    async () => {
      const { code, stdout } = await run(process.execPath, [BIN, flipped]);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.at(-2)).toMatch(/^✘ Payload manifest: data\/evidence\/0001-ransom_note\.txt: /);
      expect(lines.at(-1)).toBe(`FAILED: manifestMismatch: ${NOTE}: the file's SHA-256 differs from the manifest's`);
      expect(code).toBe(1);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'runs as `npx lantern-verify` through the link npm makes, naming the archive itself when it is not a ZIP',
    async () => {
      const notZip = join(dir, 'report.pdf');
      writeFileSync(notZip, '%PDF-1.7 not a bundle');
      const { code, stdout } = await run(LINKED, [notZip]);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('FAILED: notZip: report.pdf: the file is not a ZIP archive');
      expect(code).toBe(1);
    },
    SPAWN_TIMEOUT,
  );

  it.each([
    ['no bundle', [] as string[], /no bundle given/],
    ['two bundles', ['a.zip', 'b.zip'], /exactly one bundle/],
    ['an unknown option', ['--fast', 'a.zip'], /unknown option --fast/],
    ['a path that is not a file', ['.'], /is not a file/],
  ])('explains a usage error (%s) and exits 2', async (_, args, message) => {
    const { code, stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: lantern-verify <bundle.zip>');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});
