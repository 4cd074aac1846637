// Where the harness finds the renderer build and keeps its own artefacts.
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
/** `npm run build:web` output: what the static server serves (LANTERN_WEB_ROOT overrides, for harness work). */
export const WEB_ROOT = process.env.LANTERN_WEB_ROOT ? resolve(process.env.LANTERN_WEB_ROOT) : join(REPO_ROOT, 'out/web');
export const TEST_RESULTS = join(REPO_ROOT, 'test-results');
/** The bridge bundle the harness injects into every page (built by global-setup). */
export const BRIDGE_BUNDLE = join(TEST_RESULTS, 'harness/bridge.js');
export const BRIDGE_ENTRY = join(REPO_ROOT, 'tests/e2e/harness/bridge-entry.ts');
/** Screenshots for humans to look at. */
export const SCREENSHOTS = join(TEST_RESULTS, 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Browser settings every Playwright config here shares (e2e, bench). */
export const CHROMIUM_USE = {
  browserName: 'chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  timezoneId: 'Asia/Tokyo',
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
} as const;
