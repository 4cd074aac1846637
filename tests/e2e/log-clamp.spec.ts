// A collapsed timeline row shows two lines of its body and offers "Show more" only when the
// clamp really hides text: pasted one-liners (a trailing newline, a code block, a long log
// line a wide window holds whole) have nothing more to show.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { composer, timelineRows } from './harness/flows';
import { startIncident } from './harness/startIncident';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

/** Pastes `clipboard` (MIME type → data) into the composer as the system would, then saves. */
async function pasteEntry(page: Page, clipboard: Record<string, string>) {
  await composer(page).click();
  await composer(page).evaluate((editable, items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
  await page.keyboard.press('Control+Enter');
  await expect(composer(page)).toHaveText('');
  // Rows are measured after layout: two frames on, the row shows what it will keep showing.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const row = (page: Page, text: string) => timelineRows(page).filter({ hasText: text });
const showMore = (page: Page, text: string) => row(page, text).getByRole('button', { name: 'Show more' });

test('"Show more" is offered only when the clamped body hides text', async ({ app }) => {
  const { page } = app;
  await startIncident(page, { name: 'Aiko Sato', title: 'Ransomware at Tokyo DC' });

  // One line copied with its line end: the body keeps an empty paragraph after it.
  await pasteEntry(page, { 'text/plain': 'FS01 isolated at the switch\n' });
  await expect(row(page, 'FS01 isolated at the switch')).toHaveCount(1);
  await expect(showMore(page, 'FS01 isolated')).toHaveCount(0);

  // A paragraph copied from a web page or a mail, with a trailing break.
  await pasteEntry(page, { 'text/html': '<meta charset="utf-8"><p>Ransom note found on FS02</p><br>', 'text/plain': 'Ransom note found on FS02\n' });
  await expect(row(page, 'Ransom note found on FS02')).toHaveCount(1);
  await expect(showMore(page, 'Ransom note found on FS02')).toHaveCount(0);

  // A one-line command as a code block, followed by an empty paragraph.
  await pasteEntry(page, { 'text/html': '<pre><code>vssadmin list shadows /for=D:</code></pre><p><br></p>', 'text/plain': 'vssadmin list shadows /for=D:\n' });
  await expect(row(page, 'vssadmin list shadows')).toHaveCount(1);
  await expect(showMore(page, 'vssadmin list shadows')).toHaveCount(0);

  // A log line of 110 characters: one line in this window.
  const logLine = 'Get-WinEvent -LogName Security -FilterXPath *[System[EventID=4624]] | Select-Object TimeCreated, Message, Id';
  await pasteEntry(page, { 'text/plain': logLine });
  await expect(row(page, logLine)).toHaveCount(1);
  await expect(showMore(page, logLine)).toHaveCount(0);

  // Two lines fill the two lines a row shows.
  await pasteEntry(page, { 'text/plain': 'Backup server BK01 reachable\nSnapshots from 02:00 intact' });
  await expect(row(page, 'Snapshots from 02:00 intact')).toHaveCount(1);
  await expect(showMore(page, 'Snapshots from 02:00 intact')).toHaveCount(0);
  await expect(row(page, 'Snapshots from 02:00 intact').getByText('Snapshots from 02:00 intact')).toBeInViewport();
  await app.screenshot('log-clamp-one-liners-en');

  // Three lines: the third is cut off until the reader asks for it.
  await pasteEntry(page, { 'text/plain': 'Shares encrypted on FS01\nFS02 and FS03 untouched\nLast write by svc_backup at 03:12' });
  const threeLines = row(page, 'Shares encrypted on FS01');
  const thirdLine = threeLines.getByText('Last write by svc_backup at 03:12');
  await expect(thirdLine).not.toBeInViewport();
  await threeLines.getByRole('button', { name: 'Show more' }).click();
  await expect(thirdLine).toBeInViewport();
  await expect(threeLines.getByRole('button', { name: 'Show less' })).toBeVisible();

  // One long line that wraps past two lines.
  const longLine = `Timeline from the EDR console: ${'lateral movement from WS114 to FS01 over SMB, '.repeat(12)}then the ransom note.`;
  await pasteEntry(page, { 'text/plain': longLine });
  const wrapped = row(page, 'Timeline from the EDR console');
  await expect(wrapped.getByRole('button', { name: 'Show more' })).toBeVisible();
  await app.screenshot('log-clamp-long-en');
  await wrapped.getByRole('button', { name: 'Show more' }).click();
  await expect(wrapped.getByRole('button', { name: 'Show less' })).toBeVisible();
});
