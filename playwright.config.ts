// The e2e suite: the built renderer (out/web) in Debian's Chromium, with the real
// bridge and main's real handlers (tests/e2e/harness). See tests/README.md.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_USE } from './tests/e2e/harness/paths';

const jsonOutput = process.env.PLAYWRIGHT_JSON_OUTPUT_FILE;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './tests/e2e/harness/global-setup.ts',
  // Two cores: two browsers locally; one on CI, where timing matters more than speed.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: jsonOutput ? [['list'], ['json', { outputFile: jsonOutput }]] : [['list']],
  use: {
    ...CHROMIUM_USE,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
