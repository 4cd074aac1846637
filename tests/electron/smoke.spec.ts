// The packaged app's contract with its users, in the real Electron: hardened
// window, app://lantern origin, and a log entry that survives a restart.
// Needs the Electron binary and a build (`npm run build`); where the binary is
// missing (the project's own machines) the suite reports itself skipped.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary, MAIN_ENTRY } from './electronBinary';

const binary = findElectronBinary();
test.skip(!binary.found, `No Electron binary on this machine: ${binary.found ? '' : binary.reason}`);

const INCIDENT_TITLE = 'Smoke test: VPN gateway compromise';

async function launch(userDataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.found) throw new Error('unreachable: the suite is skipped without a binary');
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run \`npm run build\` first`);
  // No dev-server URL (the app must load app://lantern) and no run-as-node.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  const app = await electron.launch({
    executablePath: binary.path,
    args: [MAIN_ENTRY, `--user-data-dir=${userDataDir}`, '--lang=en-US'],
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

const composerOf = (page: Page) => page.locator('[contenteditable="true"]').and(page.getByLabel(/new entry|新しい記録/i));

/** First run: profile, then an incident; later runs: open that incident. */
async function reachComposer(page: Page): Promise<void> {
  const composer = composerOf(page);
  const name = page.getByLabel(/your name|氏名/i);
  const newIncident = page.getByRole('button', { name: /new incident|新規インシデント/i });
  const incidentLink = page.getByText(INCIDENT_TITLE).first();
  await expect(composer.or(name).or(newIncident).or(incidentLink).first()).toBeVisible();
  if (await name.isVisible()) {
    await name.fill('Smoke Tester');
    await page.getByRole('button', { name: /^(start|開始)$/i }).click();
    await expect(newIncident.or(composer).or(incidentLink).first()).toBeVisible();
  }
  if (await composer.isVisible()) return;
  if (await incidentLink.isVisible()) {
    await incidentLink.click();
  } else {
    await newIncident.first().click();
    await page.getByRole('dialog').getByLabel(/^(title|タイトル|件名)/i).first().fill(INCIDENT_TITLE);
    await page.getByRole('button', { name: /create incident|インシデントを作成|作成/i }).click();
  }
  await expect(composer).toBeVisible();
}

test('runs hardened on app://lantern and keeps a log entry across a restart', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lantern-electron-'));
  const text = `Isolated vpn-gw-01 from the network ${Date.now()}`;
  try {
    const first = await launch(userDataDir);

    const preferences = await first.app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>;
      };
      const prefs = contents.getLastWebPreferences();
      return { sandbox: prefs['sandbox'], contextIsolation: prefs['contextIsolation'], nodeIntegration: prefs['nodeIntegration'], webviewTag: prefs['webviewTag'] };
    });
    expect(preferences).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });

    expect(await first.page.evaluate(() => location.origin)).toBe('app://lantern');
    expect(await first.page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await first.page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    const csp = await first.page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'none'");
    expect(await first.page.evaluate(() => window.lantern?.app.getInfo({}))).toMatchObject({ ok: true, value: { name: expect.any(String) } });

    await reachComposer(first.page);
    await composerOf(first.page).click();
    await first.page.keyboard.type(text);
    await first.page.keyboard.press('Control+Enter');
    await expect(first.page.getByRole('article').filter({ hasText: text })).toBeVisible();
    await first.app.close();

    const second = await launch(userDataDir);
    await reachComposer(second.page);
    await expect(second.page.getByRole('article').filter({ hasText: text })).toBeVisible();
    await second.app.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
