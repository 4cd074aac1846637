// One-off checks run by hand, never in CI (they need gigabytes of disk and minutes):
// `npx vitest run -c tools/oneoff/vitest.config.mts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tools/oneoff/**/*.check.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 60 * 60_000,
  },
});
