// Benchmark figures, collected across the whole run: each bench file appends what it
// measured to one JSON-lines file (named by bench/global-setup.ts), and
// bench/global-teardown.ts prints them as one table. Targets live in bench/targets.ts.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEST_RESULTS } from '../tests/e2e/harness/paths';
import { FIGURES, type FigureId } from './targets';

/** Set by bench/global-setup.ts for the workers; a bench file run under another config writes the default file. */
export const RUN_FILE_ENV = 'LANTERN_BENCH_RUN_FILE';
export const runFile = (): string => process.env[RUN_FILE_ENV] ?? join(TEST_RESULTS, 'bench-figures.jsonl');

export interface Measured {
  value: number;
  /** What the value was measured against or over: the reference figure, the sample size. */
  reference?: string;
  /** value ÷ a reference measured in the same run; required when the target is set against one. */
  ratio?: { value: number; of: string };
  /** Replaces the catalogue's wording (e.g. with the actual entry count). */
  figure?: string;
}

/** One line of the run file. */
export interface RecordedFigure {
  id: FigureId;
  figure?: string;
  value: number | null;
  reference?: string;
  ratio?: { value: number; of: string };
  /** Why there is no value (value null). */
  reason?: string;
  at: string;
}

function append(line: RecordedFigure): void {
  const file = runFile();
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export function record(id: FigureId, measured: Measured): void {
  if (!Number.isFinite(measured.value)) throw new Error(`bench figure ${id} is not a number: ${measured.value}`);
  const spec = FIGURES[id];
  const target = spec.target as { of?: string } | null;
  if (target?.of && !measured.ratio) throw new Error(`bench figure ${id} has a target against ${target.of} but no ratio`);
  append({ id, ...measured, at: new Date().toISOString() });
  console.log(`[bench] ${measured.figure ?? spec.figure}: ${measured.value.toFixed(spec.digits)} ${spec.unit}`);
}

/** A figure that cannot be measured here: reported with the reason, never with a made-up value. */
export function notMeasured(id: FigureId, reason: string, reference?: string): void {
  append({ id, value: null, reason, reference, at: new Date().toISOString() });
  console.log(`[bench] ${FIGURES[id].figure}: not measured (${reason})`);
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
