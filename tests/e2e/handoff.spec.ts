// Issue 6 end to end, handoff between two responders' laptops: Aiko (profile A) logs an
// incident with backdated event times, takes in evidence and exports the signed bundle; Ben
// (profile B, another device) imports it, writes entries whose event times fall between
// Aiko's, sees one timeline interleaved by event time (each row with its author and device)
// and exports again. `npx lantern-verify` passes Ben's bundle with both devices' chains; one
// flipped byte of an evidence file makes both the command and the app's Verify bundle screen
// fail naming that file. The PDF report is printed, rendered to PNG pages and read back.
import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { VIEWPORT } from './harness/app';
import { expect, test } from './harness/fixtures';
import { deviceOf, flipByteOfEntry, lanternVerify, storedEntry, zipEntries } from './harness/bundle';
import { writeLargeFile } from './harness/files';
import { allTimelineRows, completeFirstRun, composer, logVerified, timelineRows } from './harness/flows';
import { storedEntries } from './harness/notebookDb';
import { SCREENSHOTS } from './harness/paths';
import { startIncident } from './harness/startIncident';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
test.setTimeout(180_000);

const run = promisify(execFile);
const TITLE = 'Ransomware at the Osaka branch';
const CODE = 'IR-2026-031';
const AIKO = 'Aiko Tanaka';
const BEN = 'Ben Carter';
const MEMORY = 'ws-osk-117-memory.raw';
const NOTES = 'firewall-notes.txt';

/** Yesterday in Tokyo, so event times are in the past on any clock; `HH:MM` → the input's value. */
const DAY = new Date(Date.now() - 24 * 3600_000 + 9 * 3600_000).toISOString().slice(0, 10);
const at = (hhmm: string) => `${DAY}T${hhmm}:00`;

/** Each responder's entries, with event times that interleave: Aiko's at :05/:40/:30/:15, Ben's between them. */
const AIKO_ENTRIES = [
  { time: '09:05', text: 'Ransom note found on file server FS03' },
  { time: '09:40', text: 'FS03 isolated: switch port 14 shut down' },
  { time: '10:30', text: 'NAS-OSK-2 snapshots checked: last clean one at 02:00' },
  { time: '11:15', text: 'Restore of FS03 from the 02:00 snapshot approved' },
] as const;
const BEN_ENTRIES = [
  { time: '09:20', text: 'EDR alert on WS-OSK-117: encryption process blocked' },
  { time: '10:00', text: 'Branch manager called: staff keep off the file shares' },
  { time: '11:00', text: 'Memory of WS-OSK-117 captured with winpmem' },
] as const;
const INTERLEAVED = [...AIKO_ENTRIES, ...BEN_ENTRIES].sort((a, b) => a.time.localeCompare(b.time));

/** Writes one entry whose event time is set (not "now"), and waits until it is in the timeline. */
async function writeAt(page: Page, time: string, text: string): Promise<void> {
  await page.getByRole('checkbox', { name: 'Now (stamped when saved)' }).uncheck();
  await page.getByLabel('Date and time').fill(at(time));
  await page.getByLabel('Precision').selectOption('minute');
  await composer(page).click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect(timelineRows(page).filter({ hasText: text })).toHaveCount(1);
  await expect(composer(page)).toHaveText('');
}

/** "Export evidence bundle…" in the incident header, with the evidence files; returns the saved ZIP's path. */
async function exportBundle(page: Page, saveDir: string, saveRequests: readonly { suggestedName: string }[]): Promise<string> {
  const before = saveRequests.length;
  await page.getByRole('button', { name: 'Export evidence bundle…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export evidence bundle' });
  await expect(dialog.getByLabel('Include the evidence files')).toBeChecked();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const done = page.getByRole('dialog', { name: 'Evidence bundle saved' });
  await expect(done.getByRole('status')).toContainText('Saved as lantern-IR-2026-031-', { timeout: 60_000 });
  await expect(done).toContainText('The export is now recorded in the custody of items #1, #2.');
  await done.getByRole('button', { name: 'Close' }).click();
  expect(saveRequests.length).toBe(before + 1);
  return join(saveDir, saveRequests.at(-1)!.suggestedName);
}

/** Of `rows` (the timeline's, top to bottom), the texts among `texts` they hold, in their order. */
const orderOf = (rows: readonly string[], texts: readonly string[]): string[] =>
  rows.map((row) => texts.find((text) => row.includes(text))).filter((text): text is string => text !== undefined);

test('two responders hand off an incident through a verified bundle, and its report prints', async ({ launchApp }, testInfo) => {
  // Outside test-results: another Playwright run starting meanwhile empties its output folder.
  const dir = mkdtempSync(join(tmpdir(), 'lantern-handoff-'));
  const files = { memory: join(dir, MEMORY), notes: join(dir, NOTES) };
  const saved = { aiko: join(dir, 'saved-aiko'), ben: join(dir, 'saved-ben') };
  for (const folder of Object.values(saved)) mkdirSync(folder, { recursive: true });
  await writeLargeFile(files.memory, 4 * 1024 * 1024);
  writeFileSync(files.notes, 'FW-OSK-1 deny log, 2026: outbound 445 from WS-OSK-117 blocked 14 times\n');

  // ── Responder A: Aiko, on her own laptop ────────────────────────────────────────────
  const a = await launchApp({ userDataDir: join(dir, 'profile-aiko'), saveDir: saved.aiko });
  await startIncident(a.page, { name: AIKO, role: 'Incident lead', title: TITLE, code: CODE });
  for (const { time, text } of AIKO_ENTRIES) await writeAt(a.page, time, text);

  await a.page.getByRole('tab', { name: 'Evidence' }).click();
  await a.page.getByLabel('Choose files to add as evidence').setInputFiles([files.memory, files.notes]);
  const intake = a.page.getByRole('dialog', { name: 'Add evidence: 2 files' });
  for (const [i, { name, description, type }] of [
    { name: MEMORY, description: 'Memory image of WS-OSK-117', type: 'Memory image' },
    { name: NOTES, description: 'Firewall deny log excerpt', type: 'Log export' },
  ].entries()) {
    const group = intake.getByRole('group', { name: `File ${i + 1}: ${name}` });
    await group.getByLabel('Description').fill(description);
    await group.getByLabel('Type').selectOption({ label: type });
  }
  await intake.getByLabel('Method or tool', { exact: true }).fill('winpmem / copy from FW-OSK-1');
  await intake.getByRole('button', { name: 'Add 2 files as evidence' }).click();
  await expect(intake.getByText('Added 2 of 2', { exact: false })).toBeVisible({ timeout: 60_000 });
  await intake.getByRole('button', { name: 'Close' }).click();
  await a.page.getByRole('tab', { name: 'Log' }).click();

  // Everything in the log now goes into the bundle (the export's own custody entries come after it).
  const aikoEntries = (await storedEntries(a.page)).length;
  const aikoDevice = (await deviceOf(a.page)).deviceId;
  const bundleA = await exportBundle(a.page, a.saveDir, a.saveRequests);
  await a.close();

  // ── Responder B: Ben, on another laptop, takes over ─────────────────────────────────
  const b = await launchApp({ userDataDir: join(dir, 'profile-ben'), saveDir: saved.ben });
  await completeFirstRun(b.page, BEN);
  const benDevice = (await deviceOf(b.page)).deviceId;
  expect(benDevice).not.toBe(aikoDevice);
  await b.page.getByRole('main').getByRole('button', { name: 'Import bundle…' }).click();
  const importing = b.page.getByRole('dialog', { name: "Import a responder's bundle" });
  await importing.getByLabel('Bundle file (.zip)').setInputFiles(bundleA);
  await expect(importing.getByRole('button', { name: 'Import as a new incident' })).toBeVisible({ timeout: 60_000 });
  await expect(importing).toContainText('passed every check');
  await expect(importing).toContainText(`${AIKO} (signing device …${aikoDevice.slice(-8)}): ${aikoEntries} entries`);
  await importing.getByRole('button', { name: 'Import as a new incident' }).click();
  const summary = importing.getByRole('region', { name: 'What was imported' });
  await expect(summary).toContainText('Added the incident to your notebook.');
  await expect(summary).toContainText(`Added ${aikoEntries} entries from ${AIKO} (signing device …${aikoDevice.slice(-8)}).`);
  await expect(summary).toContainText('Added 2 evidence items (#1, #2) with their files and chains of custody.');
  await expect(summary).toContainText(`Every device's hash chain verifies — entries: ${aikoEntries}, devices: 1.`);
  await b.screenshot('issue6-import-summary-en');
  await importing.getByRole('button', { name: 'Done' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  for (const { time, text } of BEN_ENTRIES) await writeAt(b.page, time, text);
  // One timeline, by event time: Aiko's and Ben's entries interleaved, each with its author and device.
  // The timeline shows only the rows on screen: it is read by scrolling through it.
  const rows = await allTimelineRows(b.page);
  expect(orderOf(rows, INTERLEAVED.map((e) => e.text))).toEqual(INTERLEAVED.map((e) => e.text));
  const rowOf = (text: string) => rows.filter((row) => row.includes(text));
  for (const { text } of AIKO_ENTRIES) {
    expect(rowOf(text)).toHaveLength(1);
    expect(rowOf(text)[0]).toContain(AIKO);
    expect(rowOf(text)[0]).toContain(`device …${aikoDevice.slice(-8)}`);
    expect(rowOf(text)[0]).not.toContain(BEN);
  }
  for (const { text } of BEN_ENTRIES) {
    expect(rowOf(text)).toHaveLength(1);
    expect(rowOf(text)[0]).toContain(BEN);
    expect(rowOf(text)[0]).toContain(`device …${benDevice.slice(-8)}`);
  }
  const benTotal = (await storedEntries(b.page)).length;
  await b.page.getByRole('button', { name: 'Verify log' }).click();
  await expect(logVerified(b.page, benTotal, 2)).toBeVisible({ timeout: 30_000 });
  // A taller window for the picture, so the interleaved rows show together.
  await b.page.setViewportSize({ width: 1280, height: 1500 });
  await b.page.getByRole('feed', { name: 'Incident timeline' }).evaluate((feed) => feed.scrollTo({ top: 0 }));
  await expect(timelineRows(b.page).filter({ hasText: INTERLEAVED[0]!.text })).toBeInViewport();
  await b.screenshot('issue6-interleaved-timeline-en');
  await b.page.setViewportSize(VIEWPORT);

  const bundleB = await exportBundle(b.page, b.saveDir, b.saveRequests);

  // ── Anyone can check Ben's bundle with plain Node: both devices' chains pass ────────
  const good = await lanternVerify(bundleB);
  expect(good.code, `lantern-verify failed:\n${good.stdout}${good.stderr}`).toBe(0);
  const chains = good.stdout.split('\n').find((line) => line.startsWith('✔ Hash chains: ')) ?? '';
  expect(chains).toContain(`${benTotal} entries from 2 devices match their chain heads: `);
  expect(chains).toContain(`device ${aikoDevice}: ${aikoEntries} entries, head #${aikoEntries} `);
  expect(chains).toContain(`device ${benDevice}: ${benTotal - aikoEntries} entries, head #${benTotal - aikoEntries} `);
  expect(good.stdout).toMatch(/^Bundle verified: /m);
  const zip = readFileSync(bundleB);
  const heads = JSON.parse(storedEntry(zip, 'chain-heads.json').toString('utf8')) as { heads: { deviceId: string }[] };
  expect(heads.heads.map((h) => h.deviceId).sort()).toEqual([aikoDevice, benDevice].sort());

  // ── One flipped byte in an evidence file: the command and the app both name that file ─
  const evidenceFiles = zipEntries(zip).filter((e) => e.name.startsWith('data/evidence/'));
  expect(evidenceFiles.map((e) => [e.name, e.method])).toEqual([
    [`data/evidence/0001-${MEMORY}`, 0],
    [`data/evidence/0002-${NOTES}`, 0],
  ]);
  const victim = `data/evidence/0001-${MEMORY}`;
  const tampered = join(dir, 'tampered-bundle.zip');
  const flipped = flipByteOfEntry(bundleB, tampered, victim);
  const altered = readFileSync(tampered);
  expect(altered.length).toBe(zip.length);
  const differing: number[] = [];
  for (let i = 0; i < zip.length; i++) if (altered[i] !== zip[i]) differing.push(i);
  expect(differing).toEqual([flipped]);
  const bad = await lanternVerify(tampered);
  expect(bad.code, bad.stdout).toBe(1);
  expect(bad.stdout).toMatch(new RegExp(`^FAILED: .*${victim.replaceAll('.', '\\.')}`, 'm'));

  // The app's Verify bundle screen says the same of both files.
  await b.page.getByRole('banner').getByRole('button', { name: 'Verify bundle' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Verify bundle' })).toBeVisible();
  const report = b.page.getByRole('region', { name: 'Verification report' });
  await b.page.getByLabel('Bundle file (.zip)').setInputFiles(bundleB);
  await expect(report).toContainText('passed every check', { timeout: 60_000 });
  const chainCheck = report.getByRole('listitem', { name: "Each device's log hash chain: passed" });
  await expect(chainCheck).toContainText(`device ${aikoDevice}: ${aikoEntries} entries`);
  await expect(chainCheck).toContainText(`device ${benDevice}: ${benTotal - aikoEntries} entries`);
  await b.screenshot('issue6-verify-good-en', { fullPage: true });
  await b.page.getByLabel('Bundle file (.zip)').setInputFiles(tampered);
  await expect(report).toContainText('“tampered-bundle.zip” failed verification. Nothing was written.', { timeout: 60_000 });
  await expect(report.getByRole('alert')).toContainText(victim);
  await expect(report.getByRole('listitem', { name: "Every file matches the manifest's SHA-256: failed" })).toContainText(victim);
  await b.screenshot('issue6-verify-tampered-en', { fullPage: true });
  await b.page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // ── The PDF report, printed by "main" and read back page by page ────────────────────
  await b.page.getByRole('button', { name: 'Export…', exact: true }).click();
  const exporting = b.page.getByRole('dialog', { name: 'Export timeline' });
  await exporting.getByRole('radio', { name: /^PDF report/ }).check();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exporting.getByText(/^Saved as IR-2026-031-timeline-.*\.pdf\.$/)).toBeVisible({ timeout: 60_000 });
  const pdf = join(b.saveDir, b.saveRequests.at(-1)!.suggestedName);
  await b.page.keyboard.press('Escape');

  mkdirSync(SCREENSHOTS, { recursive: true });
  const prefix = 'issue6-report-en';
  for (const name of readdirSync(SCREENSHOTS)) if (name.startsWith(`${prefix}-`)) rmSync(join(SCREENSHOTS, name));
  // The PDF itself stays next to its pages, for whoever reviews them.
  copyFileSync(pdf, join(SCREENSHOTS, `${prefix}.pdf`));
  await run('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, prefix)]);
  const pages = readdirSync(SCREENSHOTS).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
  expect(text).toContain(TITLE);
  expect(text).toContain(AIKO_ENTRIES[1].text);
  expect(text).toContain(BEN_ENTRIES[2].text);
  expect(text).toContain(AIKO);
  expect(text).toContain(BEN);
  await b.close();
  rmSync(dir, { recursive: true, force: true });
  testInfo.annotations.push({ type: 'pdf', description: `${pages.length} pages: ${pages.sort().map((p) => join(SCREENSHOTS, p)).join(', ')}` });
});
