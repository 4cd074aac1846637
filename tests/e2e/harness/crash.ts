// Crashing the browser on purpose: find the Chromium processes of one profile (by the
// --user-data-dir Playwright gave them, in /proc) and SIGKILL them, browser first, as a
// crash or a pulled plug would. Plus a seeded random source, so a failing run replays.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ChromiumProcess {
  pid: number;
  /** The browser process itself (no `--type=`): the one that owns the profile. */
  browser: boolean;
}

function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return null; // Gone meanwhile, or not ours to read.
  }
}

/** Every live process started with `--user-data-dir=<userDataDir>`. */
export function chromiumProcesses(userDataDir: string): ChromiumProcess[] {
  const flag = `--user-data-dir=${resolve(userDataDir)}`;
  const found: ChromiumProcess[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const args = commandLine(Number(name));
    if (!args?.includes(flag)) continue;
    found.push({ pid: Number(name), browser: !args.some((arg) => arg.startsWith('--type=')) });
  }
  return found;
}

function sigkill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false; // Already exited.
  }
}

/**
 * SIGKILLs the profile's browser process, then anything of it still running (renderer,
 * storage, GPU helpers), and waits until none is left. Returns the browser's pid.
 */
export async function killChromium(userDataDir: string, timeoutMs = 10_000): Promise<number> {
  const processes = chromiumProcesses(userDataDir);
  const browser = processes.find((p) => p.browser);
  if (!browser) throw new Error(`no Chromium browser process runs with --user-data-dir=${resolve(userDataDir)}`);
  sigkill(browser.pid);
  for (const other of processes) if (other !== browser) sigkill(other.pid);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = chromiumProcesses(userDataDir);
    if (left.length === 0) return browser.pid;
    if (Date.now() > deadline) throw new Error(`Chromium processes ${left.map((p) => p.pid).join(', ')} outlived SIGKILL`);
    for (const p of left) sigkill(p.pid);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** mulberry32: a small, seeded, well-spread PRNG, [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from `LANTERN_KILL_SEED` (to replay a run), else a fresh one to print. */
export function killSeed(): number {
  const given = process.env.LANTERN_KILL_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`LANTERN_KILL_SEED must be an integer, got ${given}`);
    return seed >>> 0;
  }
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}
