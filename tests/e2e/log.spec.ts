// The foundation's user flow, end to end on the built renderer with the real bridge:
// first run → incident → three entries (one Japanese, one backdated) → reload →
// order and chain hold → correct an entry → history → tamper in IndexedDB → named.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { startIncident } from './harness/startIncident';

test.use({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });

/** `YYYY-MM-DDTHH:mm:ss` of `date` in Tokyo, as a datetime-local input takes it. */
const tokyoWall = (date: Date) => new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 19);

/** Aiko Sato, the scribe, opens an incident with the team's reference code. */
const startAs = (page: Page, title: string) => startIncident(page, { name: 'Aiko Sato', role: 'Scribe', title, code: 'IR-2026-014' });

const composer = (page: Page) => page.getByRole('textbox', { name: 'New entry' });
const rows = (page: Page, feed = 'Incident timeline') => page.getByRole('feed', { name: feed }).getByRole('article');

async function writeEntry(page: Page, text: string) {
  await composer(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(rows(page).filter({ hasText: text })).toHaveCount(1);
  await expect(composer(page)).toBeFocused();
}

test('a responder logs, reloads, corrects and detects tampering', async ({ app }) => {
  const { page } = app;
  await startAs(page, 'Ransomware at Tokyo DC');
  await expect(page.getByText('No entries yet')).toBeVisible();

  await writeEntry(page, 'Ransom note found on FS01');
  await writeEntry(page, 'FS01 のスイッチポートを遮断した');

  // The third entry happened two hours ago: set its event time before saving.
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  await page.getByRole('checkbox', { name: 'Now (stamped when saved)' }).uncheck();
  await page.getByLabel('Date and time').fill(tokyoWall(twoHoursAgo));
  await page.getByLabel('Precision').selectOption('minute');
  await writeEntry(page, 'VPN alert from the GlobalProtect gateway');

  await app.reload();
  await expect(rows(page)).toHaveCount(3);
  // Event-time order: the backdated alert first, then the two entries written now.
  await expect(rows(page).nth(0)).toContainText('VPN alert from the GlobalProtect gateway');
  await expect(rows(page).nth(1)).toContainText('Ransom note found on FS01');
  await expect(rows(page).nth(2)).toContainText('FS01 のスイッチポートを遮断した');
  await expect(rows(page).nth(0)).toContainText(tokyoWall(twoHoursAgo).slice(0, 16).replace('T', ' '));
  await expect(rows(page).nth(0)).toContainText('+09:00');
  await expect(page.getByText('Log verified: 3 entries, 1 device(s)')).toBeVisible();
  await app.screenshot('timeline-en');

  // Correct the first entry written: the original stays, the correction is shown.
  const noteRow = rows(page).filter({ hasText: 'Ransom note found on FS01' });
  await noteRow.getByRole('button', { name: 'Correct' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct entry' });
  const editor = dialog.getByRole('textbox', { name: 'Corrected text' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ransom note found on FS01 and FS02');
  await dialog.getByLabel('Reason for the correction').fill('FS02 was affected too');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  const corrected = rows(page).filter({ hasText: 'Ransom note found on FS01 and FS02' });
  await expect(corrected.getByText('corrected')).toBeVisible();

  await corrected.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Entry history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Ransom note found on FS01');
  await expect(history.getByRole('listitem').nth(0)).not.toContainText('FS02');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Ransom note found on FS01 and FS02');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Reason: FS02 was affected too');
  await app.screenshot('history-en');
  await history.getByRole('button', { name: 'Close' }).click();

  // Someone edits a stored entry behind the app's back, straight in IndexedDB.
  const tamperedSeq = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lantern');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('entries', 'readwrite').objectStore('entries');
    const all = await new Promise<Array<{ text: string; seq: number }>>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const victim = all.find((entry) => entry.text.startsWith('VPN alert'))!;
    victim.text = 'VPN alert (nothing to see here)';
    await new Promise((resolve) => (store.put(victim).onsuccess = resolve));
    db.close();
    return victim.seq;
  });
  await page.getByRole('button', { name: 'Verify log' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Log altered' })).toContainText(`content changed after saving at entry #${tamperedSeq} by Aiko Sato`);
  await page.getByRole('button', { name: 'Show entry' }).click();
  await expect(rows(page).filter({ hasText: 'VPN alert' }).getByText('altered')).toBeVisible();
  await app.screenshot('tampered-en');
});

test('searching the timeline: any case, tags and authors, Japanese, and words as typed', async ({ app }) => {
  const { page } = app;
  await startAs(page, 'Ransomware at Tokyo DC');
  await writeEntry(page, 'Ransom note found on FS01');
  await page.getByRole('textbox', { name: 'Tags' }).fill('vpn');
  await writeEntry(page, 'GlobalProtect gateway isolated');
  await writeEntry(page, 'FS01 のスイッチポートを遮断した');
  await writeEntry(page, 'Shortcut at C:\\Users\\admin\\*.lnk (x86)');
  await expect(rows(page)).toHaveCount(4);

  // Ctrl+F (in Electron the application menu's accelerator, which sends this command) goes to
  // the search box from the composer.
  await composer(page).click();
  await app.emit('menu:command', { command: 'focus-search' });
  const box = page.getByRole('searchbox', { name: 'Search entries' });
  await expect(box).toBeFocused();
  const found = async (query: string, texts: string[]) => {
    await box.fill(query);
    await expect(rows(page), query).toHaveCount(texts.length);
    for (const text of texts) await expect(rows(page).filter({ hasText: text }), query).toHaveCount(1);
  };
  await found('fs01', ['Ransom note found on FS01', 'FS01 のスイッチポートを遮断した']);
  await found('GLOBALPROTECT', ['GlobalProtect gateway isolated']);
  // A tag, and the author's name, are searched too.
  await found('VPN', ['GlobalProtect gateway isolated']);
  await found('aiko ransom', ['Ransom note found on FS01']);
  await found('遮断', ['FS01 のスイッチポートを遮断した']);
  await found('*.lnk (x86)', ['Shortcut at C:\\Users\\admin\\*.lnk (x86)']);
  await found('c:\\users\\', ['Shortcut at C:\\Users\\admin\\*.lnk (x86)']);
  await box.fill('nothing like this');
  await expect(rows(page)).toHaveCount(0);
  await app.screenshot('timeline-search-empty');
  await box.fill('');
  await expect(rows(page)).toHaveCount(4);
});

test('the same timeline in Japanese', async ({ app }) => {
  const { page } = app;
  await startAs(page, 'ランサムウェア感染（東京DC）');
  await writeEntry(page, '脅迫文をFS01で発見。写真を別端末で撮影。');
  await writeEntry(page, 'Isolated FS01 at the switch');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '日本語' }).check();
  // A second zone: every time in the log is also shown in UTC.
  await page.getByRole('combobox', { name: '次のタイムゾーンでも表示' }).selectOption('UTC');
  await page.getByRole('button', { name: '完了' }).click();
  await expect(page.getByRole('button', { name: 'ログを検証' })).toBeVisible();
  await expect(page.getByText('検証済み：2件、1台の端末')).toBeVisible();
  const jaRows = rows(page, 'インシデントのタイムライン');
  await expect(jaRows).toHaveCount(2);
  await expect(jaRows.first()).toContainText('メモ');
  await expect(jaRows.first()).toContainText('脅迫文をFS01で発見。写真を別端末で撮影。');
  await expect(jaRows.first()).toContainText('+09:00');
  await expect(jaRows.first()).toContainText('UTC');
  // The sentences a row fills with its own values (templates looked up once per language).
  const sentences = async () => {
    await expect(jaRows.first()).toHaveAttribute('aria-label', /^メモの記録 #1（.+）$/u);
    await expect(jaRows.first().locator('.entry-device')).toHaveText(/^端末 …[0-9a-f]{8}$/u);
    await expect(jaRows.first().locator('.entry-device')).toHaveAttribute('title', /^端末 [0-9a-f-]{36} で記録（この端末の連番 1）$/u);
  };
  await sentences();
  await app.screenshot('timeline-ja');
  // The language choice is kept: after a reload the UI is still Japanese, the rows' sentences
  // too (Japanese arrives after the first render).
  await app.reload();
  await expect(page.getByRole('textbox', { name: '新しい記録' })).toBeVisible();
  await expect(jaRows).toHaveCount(2);
  await sentences();
});

test('a half-written entry is not dropped by leaving the incident', async ({ app }) => {
  const { page } = app;
  await startAs(page, 'VPN compromise');
  await composer(page).click();
  await page.keyboard.type('Firewall vendor called back, ticket');

  await page.getByRole('button', { name: 'Settings' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(composer(page)).toContainText('Firewall vendor called back, ticket');

  // Saved, it no longer holds the responder back.
  await composer(page).click();
  await page.keyboard.type(' FW-2291');
  await page.keyboard.press('Control+Enter');
  await expect(rows(page).filter({ hasText: 'ticket FW-2291' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(ask).toBeHidden();
});
