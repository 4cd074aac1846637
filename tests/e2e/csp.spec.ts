// Issue 7, Electron hardening in Chromium: the Content-Security-Policy end to end.
//  1. Every response the app loads — the document, its script and style, the hashing
//     and log workers, a 404 — carries main's CSP header, exactly (main/security/csp.ts);
//     the HTML report the app exports carries its own strict CSP in a meta tag.
//  2. A full session through every screen, in English and then Japanese, breaks the policy
//     nowhere: no `securitypolicyviolation` event in any document, no console message about
//     the Content Security Policy (page or worker), no CSP issue in DevTools' Audits.
//  3. A `javascript:` link (and its disguises, data:, vbscript:) inside editor content that
//     arrives from outside — pasted HTML, or an entry record written straight into IndexedDB
//     as a hostile bundle import would bring it — never runs: clicking it (plain, Ctrl, middle)
//     runs nothing, navigates nowhere, opens no window, and never reaches main's openExternal.
import type { ConsoleMessage, Locator, Page, Response } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { REPORT_CSP } from '../../shared/export/html/report';
import { expect, test, type LanternApp } from './harness/fixtures';
import { composer, timelineRows } from './harness/flows';
import { putForeignEntry, storedEntries } from './harness/notebookDb';
import { startIncident } from './harness/startIncident';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
test.setTimeout(180_000);

/** A 2×2 red PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** Everything that could tell of a CSP violation, wherever it happened. */
interface CspWatch {
  /** `securitypolicyviolation` events seen by the spec's own document listener (kept across reloads). */
  events: string[];
  /** Console messages (page and workers) that mention the Content Security Policy. */
  console: string[];
  /** ContentSecurityPolicyIssue reports of DevTools' Audits domain (covers workers too). */
  issues: string[];
  /** Every response from the app origin: URL, resource type and its CSP header. */
  responses: { url: string; type: string; status: number; csp: string | undefined }[];
}

const mentionsCsp = (message: ConsoleMessage) => /content security policy|content-security-policy/i.test(message.text());

async function watchCsp(app: LanternApp): Promise<CspWatch> {
  const { page, context, origin } = app;
  const watch: CspWatch = { events: [], console: [], issues: [], responses: [] };
  // A listener on the document itself, registered before any page script, pushing to
  // window.__cspSeen (the harness keeps its own window.__cspViolations); reported out at once.
  await context.exposeBinding('__cspSpecReport', (_source, line: string) => void watch.events.push(line));
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspSeen', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const line = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} — ${event.sample}`;
        seen.push(line);
        void (window as unknown as { __cspSpecReport?: (line: string) => Promise<void> }).__cspSpecReport?.(line);
      },
      true,
    );
  });
  page.on('console', (message) => mentionsCsp(message) && watch.console.push(`page: ${message.text()}`));
  // A worker's violations fire on its own global scope, and Chromium neither logs them to the
  // console nor reports them to the page's Audits: each worker gets a listener that says so
  // on its console (from when Playwright sees it start: a violation in its first moments
  // could slip by; the app's workers only act on a message from the page).
  page.on('worker', (worker) => {
    worker.on('console', (message) => mentionsCsp(message) && watch.console.push(`worker ${worker.url()}: ${message.text()}`));
    void worker
      .evaluate(() =>
        self.addEventListener('securitypolicyviolation', (event) =>
          console.error(`Content Security Policy violation in a worker: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
        ),
      )
      .catch(() => undefined);
  });
  context.on('response', (response: Response) => {
    if (!response.url().startsWith(origin)) return;
    void response.allHeaders().then((headers) =>
      watch.responses.push({ url: response.url().slice(origin.length), type: response.request().resourceType(), status: response.status(), csp: headers['content-security-policy'] }),
    );
  });
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') watch.issues.push(JSON.stringify(issue.details.contentSecurityPolicyIssueDetails));
  });
  await cdp.send('Audits.enable');
  return watch;
}

/** Fails listing every violation, from every source, if there was any. */
function expectNoViolations(app: LanternApp, watch: CspWatch): void {
  const all = {
    harness: app.cspViolations.map((v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.lineNumber} — ${v.sample}`),
    documentListener: watch.events,
    console: watch.console,
    auditIssues: watch.issues,
  };
  if (Object.values(all).some((list) => list.length > 0)) console.log('CSP violations:\n' + JSON.stringify(all, null, 2));
  expect(all).toEqual({ harness: [], documentListener: [], console: [], auditIssues: [] });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const composerRegion = (page: Page) => page.getByRole('region', { name: 'New entry' });

/** A log entry with bold text, a link, inline code and a bulleted list, written with the toolbar and shortcuts. */
async function writeFormattedEntry(page: Page): Promise<void> {
  const toolbar = composerRegion(page).getByRole('toolbar', { name: 'Formatting' });
  await composer(page).click();
  await toolbar.getByRole('button', { name: /^Bold/ }).click();
  await page.keyboard.insertText('Ransom note');
  await toolbar.getByRole('button', { name: /^Bold/ }).click();
  await page.keyboard.insertText(' found on FS01, see the advisory');
  for (let i = 0; i < 'advisory'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await toolbar.getByRole('button', { name: /^Link/ }).click();
  await page.getByLabel('Link address').fill('https://example.com/advisory');
  await page.getByRole('button', { name: 'Apply' }).click();
  await composer(page).press('End');
  await page.keyboard.insertText(' and ran ');
  await toolbar.getByRole('button', { name: /^Inline code/ }).click();
  await page.keyboard.insertText('vssadmin list shadows');
  await toolbar.getByRole('button', { name: /^Inline code/ }).click();
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: /^Bulleted list/ }).click();
  await page.keyboard.insertText('FS01 isolated');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('FS02 checked');
  await page.keyboard.press('Control+Enter');
  await expect(composer(page)).toHaveText('');
}

test('every response carries the CSP, and a session through every screen breaks it nowhere', async ({ app }) => {
  const { page } = app;
  const watch = await watchCsp(app);
  // Not under test-results: another run's clean-up must not take the files mid-test.
  const dir = mkdtempSync(join(tmpdir(), 'lantern-csp-'));
  const files = { png: join(dir, 'console.png'), bin: join(dir, 'sample.bin') };
  writeFileSync(files.png, PNG);
  writeFileSync(files.bin, Buffer.from(Array.from({ length: 96 }, (_, i) => (i * 37) & 0xff)));
  await app.reload(); // the watchers above are in place from the first byte of the document

  // First run, the empty incident list, a new incident.
  await expect(page.getByLabel('Your name')).toBeVisible();
  await app.screenshot('csp-first-run-en');
  await startIncident(page, { name: 'Aiko Sato', role: 'Scribe', title: 'Ransomware at Tokyo DC', code: 'IR-2026-077' });

  // The Log: an entry with bold, a link, inline code and a list; its link opens the system browser.
  await writeFormattedEntry(page);
  const formatted = timelineRows(page).filter({ hasText: 'Ransom note found on FS01' });
  await expect(formatted.locator('strong')).toHaveText('Ransom note');
  await expect(formatted.locator('code')).toHaveText('vssadmin list shadows');
  await expect(formatted.locator('li')).toHaveText(['FS01 isolated', 'FS02 checked']);
  const safeLink = formatted.getByRole('link', { name: 'advisory' });
  await expect(safeLink).toHaveAttribute('href', 'https://example.com/advisory');
  await safeLink.click();
  await expect.poll(() => app.openedExternal).toEqual(['https://example.com/advisory']);
  expect(page.url()).toBe(`${app.origin}/`);

  // A correction, and the history dialog of the corrected entry.
  await formatted.getByRole('button', { name: 'Correct' }).click();
  const correct = page.getByRole('dialog', { name: 'Correct entry' });
  await correct.getByRole('textbox', { name: 'Corrected text' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' and FS03');
  await correct.getByLabel('Reason for the correction').fill('FS03 was checked too');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(correct).toBeHidden();
  await timelineRows(page).filter({ hasText: 'FS03' }).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Entry history' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Reason: FS03 was checked too' })).toHaveCount(1);
  await app.screenshot('csp-history-en');
  await history.getByRole('button', { name: 'Close' }).click();

  // Systems board: one system added, and its page.
  await tab(page, 'Systems').click();
  await page.getByRole('button', { name: 'Add system' }).first().click();
  const addSystem = page.getByRole('dialog', { name: 'Add system' });
  await addSystem.getByLabel('Name', { exact: true }).fill('FS01');
  await addSystem.getByRole('button', { name: 'Add system' }).click();
  await expect(addSystem).toBeHidden();
  await page.getByRole('button', { name: 'FS01', exact: true }).click();
  await expect(page.getByRole('heading', { name: /FS01/ }).first()).toBeVisible();
  await page.getByRole('button', { name: '← All systems' }).click();

  // Checklists: a run started, an item ticked.
  await tab(page, 'Checklists').click();
  await page.getByRole('button', { name: 'Start checklist' }).first().click();
  const start = page.getByRole('dialog', { name: 'Start checklist' });
  await start.getByRole('radio', { name: 'Ransomware: first hour' }).check();
  await start.getByRole('radio', { name: 'Systems (one checklist each)' }).check();
  await start.getByRole('checkbox', { name: 'FS01' }).check();
  await start.getByRole('button', { name: /^Start/ }).click();
  await page.getByRole('list', { name: 'Checklists' }).getByRole('button', { name: /FS01/ }).click();
  const disconnect = page.getByRole('listitem', { name: 'Disconnect affected hosts from every network (cable, Wi-Fi, switch port).' });
  await disconnect.getByRole('button', { name: 'Done' }).click();
  await expect(disconnect.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Print view' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to checklist' }).click();

  // Evidence: an image and a small binary file taken in; the image previews, the binary shows as hex.
  await tab(page, 'Evidence').click();
  await page.getByLabel('Choose files to add as evidence').setInputFiles([files.png, files.bin]);
  const intake = page.getByRole('dialog', { name: 'Add evidence: 2 files' });
  for (const [i, [name, description]] of [['console.png', 'Screenshot of the EDR console'], ['sample.bin', 'Dropped binary']].entries()) {
    const group = intake.getByRole('group', { name: `File ${i + 1}: ${name}` });
    await group.getByLabel('Description').fill(description!);
    await group.getByLabel('Type').selectOption({ index: 1 });
  }
  await intake.getByLabel('Method or tool', { exact: true }).fill('copy from share');
  await intake.getByRole('button', { name: 'Add 2 files as evidence' }).click();
  await expect(intake.getByText('Added 2 of 2', { exact: false })).toBeVisible({ timeout: 60_000 });
  await intake.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Screenshot of the EDR console' }).click();
  const image = page.getByRole('img', { name: /Image of evidence item #1/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await page.getByRole('button', { name: '← Back to evidence' }).click();
  await page.getByRole('button', { name: 'Dropped binary' }).click();
  await expect(page.getByRole('region', { name: 'Hex view' })).toContainText('00 25 4A 6F');
  await app.screenshot('csp-evidence-hex-en');
  await page.getByRole('button', { name: '← Back to evidence' }).click();

  // Back in the Log: an entry mentioning the system (@) and citing the evidence (#), through their menus.
  await tab(page, 'Log').click();
  await composer(page).click();
  await page.keyboard.type('Isolated @FS0');
  await expect(page.getByRole('listbox', { name: 'Systems to mention' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' as shown in #');
  const citeMenu = page.getByRole('listbox', { name: 'Evidence items to cite' });
  await expect(citeMenu.getByRole('option')).toHaveCount(2);
  await page.keyboard.type('1');
  await expect(citeMenu.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(composer(page).locator('.lx-mention')).toHaveText(['FS01', '#1 Screenshot of the EDR console']);
  await expect(composer(page)).toHaveText(/^Isolated FS01\s+as shown in #1 Screenshot of the EDR console\s*$/);
  await app.screenshot('csp-mentions-en');
  await page.keyboard.press('Control+Enter');
  const cited = timelineRows(page).filter({ hasText: 'Isolated' });
  await expect(cited.getByRole('link', { name: /FS01/ })).toBeVisible();
  await expect(cited.getByRole('link', { name: /#1/ })).toBeVisible();

  // Evidence: Verify all.
  await tab(page, 'Evidence').click();
  await page.getByRole('button', { name: 'Verify all' }).click();
  await expect(page.getByText('All 2 items verified: every SHA-256 matches.')).toBeVisible({ timeout: 30_000 });

  // Contacts in the incident: a contact's page, a logged call with a reference number.
  await tab(page, 'Contacts').click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('cyber');
  await page.getByRole('button', { name: /cyber/i }).first().click();
  const contactName = (await page.getByRole('heading', { level: 2 }).first().textContent())!;
  await page.getByRole('button', { name: 'Log communication' }).click();
  const call = page.getByRole('dialog', { name: `Log communication: ${contactName}` });
  await call.getByLabel('Outcome', { exact: true }).fill('Report accepted by the cyber desk');
  await call.getByLabel('Reference number', { exact: true }).fill('2026-0412');
  await call.getByRole('button', { name: 'Log communication' }).click();
  await expect(call).toBeHidden();
  await expect(page.getByRole('region', { name: 'Communications in this incident' })).toContainText('2026-0412');

  // The directory: a new contact's form, one contact's page, the print sheet overlay.
  await page.getByRole('banner').getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'New contact' }).click();
  const newContact = page.getByRole('dialog', { name: 'New contact' });
  await newContact.getByLabel('Person').fill('Ken Mori');
  await newContact.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('cyber');
  await page.getByRole('button', { name: /cyber/i }).first().click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Print contact sheet' }).click();
  await expect(page.getByRole('region', { name: 'Contact sheet print view' })).toContainText('#9110');
  await app.screenshot('csp-contact-sheet-en');
  await page.getByRole('button', { name: 'Back to contacts' }).click();

  // The incident list, and back into the incident: Deadlines.
  await page.getByRole('banner').getByRole('button', { name: 'All incidents' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Ransomware at Tokyo DC' }).click();
  await tab(page, 'Deadlines').click();
  await page.getByRole('checkbox', { name: /GDPR/ }).first().click();
  await expect(page.getByRole('checkbox', { name: /GDPR/ }).first()).toBeChecked();

  // The became-aware anchor, recorded through its dialog (the event-time field).
  await page.getByRole('button', { name: 'Record when we became aware' }).click();
  const aware = page.getByRole('dialog', { name: /became aware/i });
  await aware.getByRole('button', { name: /^Record/ }).click();
  await expect(aware).toBeHidden();

  // Export… as an HTML report: a file with its own strict CSP, which renders without breaking it.
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const exporting = page.getByRole('dialog', { name: 'Export timeline' });
  await exporting.getByRole('radio', { name: /^HTML report/ }).check();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByText(/^Saved as .*\.html\.$/)).toBeVisible({ timeout: 60_000 });
  const reportPath = join(app.saveDir, app.saveRequests.at(-1)!.suggestedName);
  await page.keyboard.press('Escape');
  const report = readFileSync(reportPath, 'utf8');
  expect(report).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  expect(report).not.toMatch(/<script/i);

  // Export evidence bundle, then the same bundle through the Import bundle screen and the Verify bundle screen.
  await page.getByRole('button', { name: 'Export evidence bundle…' }).click();
  const bundleDialog = page.getByRole('dialog', { name: 'Export evidence bundle' });
  await bundleDialog.getByRole('button', { name: 'Export…' }).click();
  const bundleDone = page.getByRole('dialog', { name: 'Evidence bundle saved' });
  await expect(bundleDone.getByRole('status')).toContainText('Saved as lantern-', { timeout: 60_000 });
  await bundleDone.getByRole('button', { name: 'Close' }).click();
  const bundlePath = join(app.saveDir, app.saveRequests.at(-1)!.suggestedName);

  await page.getByRole('button', { name: 'Import bundle…' }).first().click();
  const importing = page.getByRole('dialog', { name: "Import a responder's bundle" });
  await importing.getByLabel('Bundle file (.zip)').setInputFiles(bundlePath);
  await expect(importing).toContainText('passed every check', { timeout: 60_000 });
  await importing.getByRole('button', { name: 'Import into this incident' }).click();
  await expect(importing.getByRole('region', { name: 'What was imported' })).toContainText('Nothing new', { timeout: 60_000 });
  await importing.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('banner').getByRole('button', { name: 'Verify bundle' }).click();
  await page.getByLabel('Bundle file (.zip)').setInputFiles(bundlePath);
  await expect(page.getByRole('region', { name: 'Verification report' })).toContainText('passed', { timeout: 60_000 });
  await app.screenshot('csp-verify-bundle-en', { fullPage: true });

  // Checklist templates: the list, a built-in's items, the editor for a duplicate (cancelled).
  await page.getByRole('banner').getByRole('button', { name: 'Checklist templates' }).click();
  await page.getByRole('button', { name: 'Show phases and items of Ransomware: first hour' }).click();
  await page.getByRole('button', { name: 'Duplicate Ransomware: first hour' }).click();
  await expect(page.getByRole('heading', { name: 'Duplicate of Ransomware: first hour' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard changes?' });
  if (await discard.isVisible()) await discard.getByRole('button', { name: 'Discard changes' }).click();

  // Settings: a second time zone; then the whole UI in Japanese.
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Also show times in' }).selectOption('UTC');
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
  await app.screenshot('csp-settings-ja');
  await page.getByRole('button', { name: '完了' }).click();

  // A few screens in Japanese: the log, evidence, the systems board, contacts, templates, the incident list.
  await expect(page.getByRole('heading', { level: 1, name: 'Ransomware at Tokyo DC' })).toBeVisible();
  await expect(page.getByText(/検証済み/)).toBeVisible();
  await tab(page, '証拠').click();
  await expect(page.getByRole('table')).toBeVisible();
  await tab(page, 'システム').click();
  await tab(page, '報告期限').click();
  await page.getByRole('banner').getByRole('button', { name: '連絡先' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'チェックリストのテンプレート' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'インシデント一覧' }).click();
  await app.screenshot('csp-incidents-ja');

  // A reload: the document and its assets are fetched again, with the header.
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // (1) Every response of the app origin carried the policy, exactly: the document, the
  // bundle's script and stylesheet, and each worker script.
  expect(watch.responses.filter((r) => r.type === 'document').length).toBeGreaterThanOrEqual(2);
  for (const asset of ['script', 'stylesheet']) expect(watch.responses.some((r) => r.type === asset), asset).toBe(true);
  for (const worker of ['hash.worker', 'log.worker']) {
    expect(watch.responses.some((r) => r.url.includes(worker)), `${worker} was loaded`).toBe(true);
  }
  const without = watch.responses.filter((r) => r.csp !== CONTENT_SECURITY_POLICY);
  expect(without, 'responses without the exact policy').toEqual([]);

  // The exported HTML report, opened as a file the way a lead or lawyer would: it renders
  // under its own policy (inline style only) without breaking it.
  await page.goto(pathToFileURL(reportPath).href);
  await expect(page.getByRole('heading', { name: /Ransomware at Tokyo DC/ }).first()).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe(REPORT_CSP);
  await app.screenshot('csp-html-report-en');

  // (2) Nothing broke either policy.
  expectNoViolations(app, watch);
});

test("the server's refusals carry the policy as well", async ({ app }) => {
  for (const path of ['/no-such-page.html', '/assets/../../package.json', '/%2e%2e/main/index.ts']) {
    const refused = await app.page.request.get(`${app.origin}${path}`);
    expect(refused.status(), path).toBe(404);
    expect(refused.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
  }
  const posted = await app.page.request.post(`${app.origin}/`, { data: 'x' });
  expect(posted.status()).toBe(405);
  expect(posted.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});

/** Link URLs a hostile entry might carry; none is http(s) or mailto, so none may ever act. */
const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=2',
  'java\tscript:window.__pwned=3',
  'java\nscript:window.__pwned=4',
  ' javascript:window.__pwned=5',
  'javascript&colon;window.__pwned=6',
  'data:text/html,<script>window.opener.__pwned=7</script>',
  'vbscript:msgbox(8)',
] as const;

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const linkNode = (type: 'link' | 'autolink', url: string, label: string) => ({
  type,
  url,
  rel: null,
  target: '_blank',
  title: null,
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
});

/** Where `word` is drawn inside `scope` (an unsafe link is plain text, maybe merged with its neighbours). */
async function wordCentre(scope: Locator, word: string): Promise<{ x: number; y: number }> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`"${wanted}" is not shown`);
  }, word);
}

/** Every way a responder might follow a link: a click, Ctrl+click (new tab), Shift+click (new window), a middle click. */
async function followEveryWay(page: Page, scope: Locator, word: string): Promise<void> {
  const { x, y } = await wordCentre(scope, word);
  await page.mouse.click(x, y);
  for (const modifier of ['Control', 'Shift', 'Meta']) {
    await page.keyboard.down(modifier);
    await page.mouse.click(x, y);
    await page.keyboard.up(modifier);
  }
  await page.mouse.click(x, y, { button: 'middle' });
}

test('a javascript: link in pasted or imported editor content never runs', async ({ app }) => {
  const { page, context } = app;
  const watch = await watchCsp(app);
  await app.reload();
  await startIncident(page, { name: 'Aiko Sato', title: 'Phishing at the Osaka branch' });
  const popups: string[] = [];
  context.on('page', (opened) => popups.push(opened.url()));

  // 1. Pasted HTML: the composer keeps the words, drops every unsafe link, keeps the safe one.
  const pasted = HOSTILE_URLS.map((url, i) => `<a href="${url.replaceAll('"', '&quot;')}">pasted-${i + 1}</a>`).join(' · ');
  await composer(page).click();
  await composer(page).evaluate((editable, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'pasted');
    editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `<p>From the phishing mail: ${pasted} · <a href="https://example.com/report">pasted-safe</a></p>`);
  await expect(composer(page)).toContainText('pasted-8');
  await expect(composer(page).locator('a')).toHaveCount(1);
  await page.keyboard.press('Control+Enter');
  const pastedRow = timelineRows(page).filter({ hasText: 'From the phishing mail' });
  await expect(pastedRow).toHaveCount(1);
  await expect(pastedRow.locator('a')).toHaveCount(1);
  await expect(pastedRow.getByRole('link', { name: 'pasted-safe' })).toHaveAttribute('href', 'https://example.com/report');
  const [{ incidentId }] = await storedEntries(page);

  // 2. An entry imported from another responder's device, its Lexical body holding the links
  //    as Lexical wrote them (link and autolink nodes), hashed and chained: the log accepts it.
  const hostile = HOSTILE_URLS.flatMap((url, i) => [linkNode(i % 2 ? 'autolink' : 'link', url, `hostile-${i + 1}`), text(' ')]);
  await putForeignEntry(page, {
    incidentId: incidentId!,
    deviceId: '01939a53-0000-7000-8000-00000000bad1',
    author: { name: 'Mallory', role: null },
    kind: 'note',
    body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [text('Imported: '), ...hostile] }] } },
    text: `Imported: ${HOSTILE_URLS.map((_, i) => `hostile-${i + 1} `).join('')}`,
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  await app.reload();
  const importedRow = timelineRows(page).filter({ hasText: 'Imported:' });
  await expect(importedRow).toContainText('hostile-8');
  await expect(page.getByText('Log verified: 2 entries, 2 device(s)', { exact: true })).toBeVisible();
  await importedRow.scrollIntoViewIfNeeded();
  const shot = await app.screenshot('csp-hostile-links-en');
  expect(shot).toMatch(/csp-hostile-links-en\.png$/);

  // Nothing in either entry is a link but the safe one; no element anywhere carries a script URL.
  await expect(importedRow.locator('a, [href]')).toHaveCount(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('[href], [src], [action], [formaction]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction')).filter((url) => url !== null && !/^(https?:|mailto:|blob:|\.\/assets\/|data:,$)/.test(url)))).toEqual([]);

  // 3. Every way of following them, in the timeline: nothing runs, nothing navigates, nothing opens.
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  for (let i = 1; i <= HOSTILE_URLS.length; i += 1) {
    await followEveryWay(page, importedRow, `hostile-${i}`);
    await followEveryWay(page, pastedRow, `pasted-${i}`);
  }
  // The safe link still works, through main: the only URL main ever handed the system browser.
  await pastedRow.getByRole('link', { name: 'pasted-safe' }).click();
  await expect.poll(() => app.openedExternal).toEqual(['https://example.com/report']);

  // The app never asked main to open anything else.
  expect(app.ipcCalls.filter((call) => call.channel === 'shell:open-external').map((call) => call.payload)).toEqual([{ url: 'https://example.com/report' }]);

  // Main itself refuses a script URL even if the renderer were to ask.
  for (const url of HOSTILE_URLS) {
    const refused = await page.evaluate((href) => window.lantern!.shell.openExternal({ url: href }), url);
    expect(refused, url).toMatchObject({ ok: false });
  }
  expect(app.openedExternal).toEqual(['https://example.com/report']);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(navigations).toEqual([]);
  expect(page.url()).toBe(`${app.origin}/`);
  expect(popups).toEqual([]);
  expect(context.pages()).toEqual([page]);
  await expect(page.getByRole('heading', { level: 1, name: 'Phishing at the Osaka branch' })).toBeVisible();
  // Not even blocked by the CSP: no script URL ever got as far as the browser.
  expectNoViolations(app, watch);
});

test.describe('the watchers themselves', () => {
  test.use({ failOnCspViolation: false });

  test('see a violation in the document and in a worker, and the policy stops a clicked javascript: link', async ({ app }) => {
    const { page } = app;
    const watch = await watchCsp(app);
    await app.reload();
    await expect(page.getByLabel('Your name')).toBeVisible();

    // A javascript: link that got into the document anyway (which the app never lets happen): the CSP stops it.
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'javascript:window.__pwned=1';
      link.textContent = 'planted';
      document.body.prepend(link);
    });
    await page.getByRole('link', { name: 'planted' }).click();
    // A worker reaching for the network, a moment after it started.
    const workerSaw = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const code = "setTimeout(() => fetch('https://example.com/beacon').then(() => postMessage('fetched'), () => postMessage('refused')), 500)";
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          worker.onmessage = (event) => resolve(String(event.data));
        }),
    );
    expect(workerSaw).toBe('refused');

    await expect.poll(() => watch.events.join('\n')).toContain('script-src-elem blocked inline');
    await expect.poll(() => app.cspViolations.map((v) => v.directive)).toContain('script-src-elem');
    await expect.poll(() => watch.console.join('\n')).toContain('Running the JavaScript URL violates');
    await expect.poll(() => watch.issues.join('\n')).toContain('"violatedDirective":"script-src-elem"');
    await expect.poll(() => watch.console.join('\n')).toContain('Content Security Policy violation in a worker: connect-src blocked https://example.com/beacon');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(() => expectNoViolations(app, watch)).toThrow();
  });
});
