// Runs once before the benchmarks, after the e2e global setup (renderer build, bridge
// bundle): names this run's figure file, which the workers inherit through the
// environment, and starts watching the machine's load, which the table reports.
import { join } from 'node:path';
import { TEST_RESULTS } from '../tests/e2e/harness/paths';
import { RUN_FILE_ENV } from './report';
import { COMMIT_ENV, describeCommit, loadAverage } from './table';

export interface LoadWatch {
  startedAt: string;
  samples: number[];
  timer: ReturnType<typeof setInterval>;
}

declare global {
  var __lanternBenchLoad: LoadWatch | undefined;
}

export default function benchGlobalSetup(): void {
  // One file per run: two people benchmarking in one checkout (own profile and port) do not mix figures.
  process.env[RUN_FILE_ENV] = join(TEST_RESULTS, 'bench-runs', `${new Date().toISOString().replaceAll(':', '-')}-${process.pid}.jsonl`);
  process.env[COMMIT_ENV] = describeCommit();
  const samples = [loadAverage()];
  const timer = setInterval(() => samples.push(loadAverage()), 10_000);
  timer.unref();
  globalThis.__lanternBenchLoad = { startedAt: new Date().toISOString(), samples, timer };
}
