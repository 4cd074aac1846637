// Issue 3 end to end: two hosts bulk-added, a host-isolation checklist run for
// each, items ticked, skipped with a reason and blocked, a host isolated with a
// method; board and log follow; everything survives a reload and reads the same
// in Japanese; the print view is a clean A4 form.
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { startIncident } from './harness/startIncident';
import { SCREENSHOTS } from './harness/paths';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

const DISCONNECT = 'Disconnect affected hosts from every network (cable, Wi-Fi, switch port).';
const POWER_OFF = 'Power a device off only if you cannot disconnect it from the network.';
const KEEP_ON = 'Leave isolated machines powered on so memory can be captured.';

const item = (page: Page, text: string) => page.getByRole('listitem', { name: text });

test('isolating two hosts with checklists and the systems board', async ({ app }) => {
  const { page } = app;
  await startIncident(page, { name: 'Ken Tanaka', title: 'Ransomware at Tokyo DC' });

  // Two hosts, pasted as lines; a bad line is listed and not added.
  await page.getByRole('tab', { name: 'Systems' }).click();
  await page.getByRole('button', { name: 'Bulk add' }).first().click();
  const bulk = page.getByRole('dialog', { name: 'Bulk add systems' });
  await bulk.getByLabel('Systems, one per line').fill('FS01, 10.0.1.11, host\nFS02, 10.0.1.12, host\n, 10.0.1.13, toaster');
  await expect(bulk.getByRole('region', { name: 'Lines that cannot be added' })).toContainText('3');
  await bulk.getByRole('button', { name: 'Add 2 valid systems' }).click();
  await expect(page.getByRole('region', { name: 'Unknown (2)' })).toBeVisible();

  // One run of "Ransomware: first hour" per host.
  await page.getByRole('tab', { name: 'Checklists' }).click();
  await page.getByRole('button', { name: 'Start checklist' }).first().click();
  const start = page.getByRole('dialog', { name: 'Start checklist' });
  await start.getByRole('radio', { name: 'Ransomware: first hour' }).check();
  await start.getByRole('radio', { name: 'Systems (one checklist each)' }).check();
  await start.getByRole('checkbox', { name: 'FS01' }).check();
  await start.getByRole('checkbox', { name: 'FS02' }).check();
  await start.getByRole('button', { name: 'Start 2 checklists' }).click();
  await expect(page.getByRole('list', { name: 'Checklists' }).getByRole('button')).toHaveCount(2);
  await page.getByRole('list', { name: 'Checklists' }).getByRole('button', { name: /FS01/ }).click();

  await item(page, DISCONNECT).getByRole('button', { name: 'Done' }).click();
  await expect(item(page, DISCONNECT).getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  await item(page, POWER_OFF).getByRole('button', { name: 'Not applicable' }).click();
  await page.getByRole('dialog', { name: 'Not applicable' }).getByLabel('Reason').fill('FS01 could be unplugged');
  await page.getByRole('button', { name: 'Mark not applicable' }).click();
  await item(page, KEEP_ON).getByRole('button', { name: 'Blocked' }).click();
  await page.getByRole('dialog', { name: 'Blocked' }).getByLabel('Reason').fill('no memory capture kit on site');
  await page.getByRole('button', { name: 'Mark blocked' }).click();
  await expect(item(page, KEEP_ON)).toContainText('no memory capture kit on site');
  await expect(item(page, POWER_OFF)).toContainText('Trade-off');

  // FS01 isolated at the switch.
  await page.getByRole('tab', { name: 'Systems' }).click();
  await page.getByRole('button', { name: 'FS01', exact: true }).click();
  await page.getByRole('button', { name: 'Change state' }).click();
  const change = page.getByRole('dialog', { name: 'Change the state of FS01' });
  await change.getByLabel('New state').selectOption({ label: 'Isolated' });
  await change.getByLabel('How it was done').selectOption({ label: 'Switch port shut' });
  await change.getByLabel('Detail').fill('core-sw1 Gi1/0/12');
  await change.getByRole('button', { name: 'Change state' }).click();
  await expect(page.getByRole('region', { name: 'State history' })).toContainText('core-sw1 Gi1/0/12');
  await page.getByRole('button', { name: '← All systems' }).click();
  await expect(page.getByRole('region', { name: 'Isolated (1)' })).toContainText('FS01');
  await expect(page.getByRole('region', { name: 'Unknown (1)' })).toContainText('FS02');

  // The log has one entry per change, chained and verified.
  await page.getByRole('tab', { name: 'Log' }).click();
  const log = page.getByRole('feed', { name: 'Incident timeline' });
  await expect(log.getByRole('article').filter({ hasText: DISCONNECT })).toHaveCount(1);
  await expect(log).toContainText('core-sw1 Gi1/0/12');
  await expect(page.getByText(/Log verified: 8 entries/)).toBeVisible();
  await app.screenshot('issue3-log-en');

  // After a reload everything is still there.
  await app.reload();
  await page.getByRole('tab', { name: 'Systems' }).click();
  await expect(page.getByRole('region', { name: 'Isolated (1)' })).toContainText('FS01');
  await app.screenshot('issue3-board-en');
  await page.getByRole('tab', { name: 'Checklists' }).click();
  await page.getByRole('list', { name: 'Checklists' }).getByRole('button', { name: /FS01/ }).click();
  await expect(item(page, DISCONNECT).getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
  await expect(item(page, POWER_OFF)).toContainText('FS01 could be unplugged');

  // The same run in Japanese.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '日本語' }).check();
  await page.getByRole('button', { name: '完了' }).click();
  await page.getByRole('tab', { name: 'チェックリスト' }).click();
  await page.getByRole('list', { name: 'チェックリスト' }).getByRole('button', { name: /FS01/ }).click();
  const disconnectJa = item(page, '影響を受けた端末をすべてのネットワーク（有線・無線・スイッチポート）から切り離す。');
  await expect(disconnectJa.getByRole('button', { name: '完了' })).toHaveAttribute('aria-pressed', 'true');
  await expect(item(page, 'ネットワークから切り離せない機器に限り、電源を切る。')).toContainText('FS01 could be unplugged');
  await app.screenshot('issue3-run-ja');

  // The print view: the paper fallback, A4, no app chrome.
  await page.getByRole('button', { name: '印刷' }).click();
  await expect(page.getByRole('region', { name: '印刷プレビュー' })).toBeVisible();
  // The print dialog opens by itself once the form is laid out.
  await expect.poll(() => app.printDialogs.length).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: join(SCREENSHOTS, 'issue3-print-ja.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(SCREENSHOTS, 'issue3-print-ja.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
