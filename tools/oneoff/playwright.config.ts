// One-off checks run by hand, never in CI (gigabytes of disk, many minutes), in headless
// Chromium on the built renderer through the e2e harness:
//   npx playwright test -c tools/oneoff/playwright.config.ts
import { defineConfig } from '@playwright/test';
import { CHROMIUM_USE } from '../../tests/e2e/harness/paths';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.oneoff\.ts$/,
  outputDir: '../../test-results/oneoff',
  globalSetup: '../../tests/e2e/harness/global-setup.ts',
  workers: 1,
  retries: 0,
  timeout: 60 * 60_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  use: { ...CHROMIUM_USE },
});
