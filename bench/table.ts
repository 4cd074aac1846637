// The run's figures as one table (console and Markdown), and the machine they were measured on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM_PATH, REPO_ROOT } from '../tests/e2e/harness/paths';
import type { RecordedFigure } from './report';
import { FIGURE_IDS, FIGURES, meets, targetText, type FigureSpec } from './targets';

export type Result = 'met' | 'MISSED' | 'info' | 'not measured' | 'not run';

export interface Row {
  figure: string;
  value: string;
  target: string;
  reference: string;
  ratio: string;
  result: Result;
  from: string;
}

export const HEAD: Record<keyof Row, string> = { figure: 'figure', value: 'value', target: 'target', reference: 'reference', ratio: 'ratio', result: 'result', from: 'target from' };
const COLUMNS = Object.keys(HEAD) as (keyof Row)[];

function rowOf(spec: FigureSpec, recorded: RecordedFigure | undefined): Row {
  const base = { figure: recorded?.figure ?? spec.figure, target: targetText(spec), from: spec.from };
  if (!recorded) return { ...base, value: '—', reference: 'this run did not produce the figure (bench failed or filtered out)', ratio: '—', result: 'not run' };
  if (recorded.value === null) return { ...base, value: 'not measured', reference: [recorded.reason, recorded.reference].filter(Boolean).join('; '), ratio: '—', result: 'not measured' };
  const value = recorded.value;
  const target = spec.target;
  // A ratio to the measured reference where there is one; otherwise the value as a share of the target.
  const ratio = recorded.ratio ?? (target && !target.of ? { value: value / target.limit, of: 'target' } : null);
  const verdict = target ? meets(target, value, recorded.ratio?.value ?? null) : null;
  return {
    ...base,
    value: `${value.toFixed(spec.digits)} ${spec.unit}`,
    reference: recorded.reference ?? '',
    ratio: ratio ? `${ratio.value.toFixed(2)} × ${ratio.of}` : '—',
    result: verdict === null ? 'info' : verdict ? 'met' : 'MISSED',
  };
}

/** One row per catalogued figure, in catalogue order; the last record of a figure wins. */
export function rowsOf(recorded: readonly RecordedFigure[]): Row[] {
  const byId = new Map(recorded.map((r) => [r.id, r]));
  const unknown = recorded.filter((r) => !(r.id in FIGURES));
  if (unknown.length > 0) throw new Error(`bench recorded figures missing from bench/targets.ts: ${unknown.map((r) => r.id).join(', ')}`);
  return FIGURE_IDS.map((id) => rowOf(FIGURES[id], byId.get(id)));
}

export function consoleTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => COLUMNS.map((c) => row[c]));
  const head = COLUMNS.map((c) => HEAD[c]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (r: readonly string[]) => `| ${r.map(escape).join(' | ')} |`;
  return [line(COLUMNS.map((c) => HEAD[c])), line(COLUMNS.map(() => '---')), ...rows.map((row) => line(COLUMNS.map((c) => (c === 'result' && row.result === 'MISSED' ? '**MISSED**' : row[c]))))].join('\n');
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
const run = (file: string, args: string[]) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** The checkout's commit when the run started (set by bench/global-setup.ts); the teardown comes minutes later. */
export const COMMIT_ENV = 'LANTERN_BENCH_COMMIT';
export const describeCommit = (): string => run('git', ['-C', REPO_ROOT, 'describe', '--always', '--dirty']);

export const loadAverage = (): number => Number(read('/proc/loadavg').split(' ')[0] ?? NaN);

/** The machine, as BENCHMARKS.md records it. */
export function machine(): Record<string, string> {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(read('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const shaExtensions = /^flags\s*:.*\bsha_ni\b/m.test(read('/proc/cpuinfo'));
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(read('/etc/os-release'))?.[1] ?? 'unknown';
  const playwright = (JSON.parse(read(`${REPO_ROOT}/node_modules/@playwright/test/package.json`) || '{}') as { version?: string }).version ?? 'unknown';
  return {
    CPU: `${cpuModel}${shaExtensions ? ' (SHA extensions)' : ''}`,
    cores: String(cpus().length),
    RAM: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    OS: `${os}, Linux ${run('uname', ['-r'])}`,
    Chromium: run(CHROMIUM_PATH, ['--version']),
    Node: process.version,
    Playwright: playwright,
    // The renderer is whatever out/web (or LANTERN_WEB_ROOT) held; -dirty: built with uncommitted changes around.
    commit: process.env[COMMIT_ENV] ?? describeCommit(),
  };
}
