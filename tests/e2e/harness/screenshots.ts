// Screenshots meant for people (reviewing layout, Japanese text), saved under a
// stable name in test-results/screenshots/ rather than per-test artefact folders.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS } from './paths';

export interface ScreenshotOptions {
  /** The whole scrollable page instead of the viewport. */
  fullPage?: boolean;
}

/** Saves test-results/screenshots/<name>.png (name sanitised) and returns the path. */
export async function saveScreenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string> {
  const safeName = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${safeName}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}
