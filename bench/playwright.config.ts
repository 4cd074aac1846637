// `npm run bench`: performance figures in headless Chromium on the built renderer,
// against a prepared profile (seeding is never what is measured). One worker, so
// nothing else competes for the machine's two cores. Each file records its figures;
// the global teardown prints them as one table (and test-results/bench-table.md).
// A missed target is reported as MISSED; only a measurement that breaks fails the run.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_USE } from '../tests/e2e/harness/paths';

// A fixed origin keeps the prepared IndexedDB reachable from one run to the next.
process.env.LANTERN_SERVER_PORT ??= '47613';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  outputDir: '../test-results/bench-artifacts',
  globalSetup: ['../tests/e2e/harness/global-setup.ts', './global-setup.ts'],
  globalTeardown: './global-teardown.ts',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  use: {
    ...CHROMIUM_USE,
  },
});
