// Playwright config for the Electron smoke suite (`npm run test:electron`). It
// launches the built app (out/main/index.js) with Playwright's `_electron`; on a
// machine without an Electron binary every test reports itself skipped, with why.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
});
