// Runs once after the benchmarks: prints every figure of the run as one table, with the
// machine and its load, and writes the same as Markdown to test-results/bench-table.md.
// A missed target is reported, not failed; a broken measurement has already failed its test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_RESULTS } from '../tests/e2e/harness/paths';
import { runFile, type RecordedFigure } from './report';
import { consoleTable, loadAverage, machine, markdownTable, rowsOf } from './table';

export default function benchGlobalTeardown(): void {
  const watch = globalThis.__lanternBenchLoad;
  if (watch) clearInterval(watch.timer);
  const samples = [...(watch?.samples ?? []), loadAverage()].filter(Number.isFinite);
  const file = runFile();
  const recorded: RecordedFigure[] = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RecordedFigure)
    : [];
  const rows = rowsOf(recorded);
  const host = machine();
  const load =
    samples.length > 0
      ? `1-minute load average ${Math.min(...samples).toFixed(2)}–${Math.max(...samples).toFixed(2)} (mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2)}, ${samples.length} samples; the bench itself keeps about 1–2 busy)`
      : 'load average unknown';
  const started = watch?.startedAt ?? 'unknown';
  const finished = new Date().toISOString();
  const missed = rows.filter((r) => r.result === 'MISSED').length;

  console.log(['', `Lantern benchmarks, ${started} → ${finished}`, ...Object.entries(host).map(([k, v]) => `  ${k}: ${v}`), `  load: ${load}`, '', consoleTable(rows), ''].join('\n'));
  console.log(missed > 0 ? `${missed} target(s) MISSED (reported, not failed).` : 'Every measured target met.');
  console.log(`figures: ${file}\n`);

  const markdown = [
    `Run ${started} → ${finished}`,
    '',
    ...Object.entries(host).map(([k, v]) => `- ${k}: ${v}`),
    `- load: ${load}`,
    '',
    markdownTable(rows),
    '',
  ].join('\n');
  mkdirSync(TEST_RESULTS, { recursive: true });
  writeFileSync(join(TEST_RESULTS, 'bench-table.md'), markdown);
}
