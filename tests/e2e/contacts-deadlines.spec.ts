// Issue 4 end to end, in the Japanese UI: find the police cyber-crime desk, log a call with
// its receipt number and see it in the timeline; record when the company became aware, switch
// on APPI and GDPR, read the 72-hour and 30/60-day due times; mark GDPR met by the call;
// reload and find it all again; print the contact sheet for the go-bag.
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { startIncident } from './harness/startIncident';
import { SCREENSHOTS } from './harness/paths';

test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

const DESK = '都道府県警察本部のサイバー犯罪相談窓口';
const RECEIPT = '第2026-0412号';

/** `YYYY-MM-DD HH:MM` in Tokyo, as the app shows times; and the `datetime-local` value. */
const tokyo = (ms: number) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return { shown: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`, input: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}` };
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const deadline = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });

test('contacts, a logged call and the notification deadlines it meets, in Japanese', async ({ app }) => {
  const { page } = app;
  await startIncident(page, { name: '佐藤 愛子', title: 'ランサムウェア感染（本社ファイルサーバ）', language: 'ja' });

  // The police cyber-crime desk, found by a Japanese word.
  await page.getByRole('tab', { name: '連絡先' }).click();
  await page.getByRole('searchbox', { name: '連絡先を検索' }).fill('サイバー犯罪');
  await page.getByRole('button', { name: new RegExp(DESK) }).click();
  await expect(page.getByRole('heading', { level: 2, name: DESK })).toBeVisible();
  await expect(page.getByText('使用前に要確認').first()).toBeVisible();
  await page.getByRole('button', { name: 'このインシデントで連携する' }).click();
  await expect(page.getByRole('button', { name: 'このインシデントでの連携を終了' })).toBeVisible();

  // A call with the receipt number the desk gave.
  await page.getByRole('button', { name: '連絡を記録' }).click();
  const call = page.getByRole('dialog', { name: `連絡を記録：${DESK}` });
  await call.getByLabel('結果', { exact: true }).fill('被害相談を受理。担当：サイバー犯罪対策課 山本');
  await call.getByLabel('受付番号', { exact: true }).fill(RECEIPT);
  await call.getByLabel('フォローアップ', { exact: true }).fill('明日10時に担当者から折り返し');
  await call.getByRole('button', { name: '記録する' }).click();
  await expect(call).toBeHidden();
  const communications = page.getByRole('region', { name: 'このインシデントでのやり取り' });
  await expect(communications).toContainText(RECEIPT);
  await app.screenshot('issue4-contact-ja');

  // In the timeline, linked back to the desk.
  await page.getByRole('tab', { name: 'ログ' }).click();
  const timeline = page.getByRole('feed');
  const callEntry = timeline.getByRole('article').filter({ hasText: `受付番号：${RECEIPT}` });
  await expect(callEntry).toHaveCount(1);
  await expect(callEntry.getByRole('button', { name: `連絡先「${DESK}」を開く` })).toBeVisible();

  // Became aware two hours ago, decided by the lead; APPI and GDPR apply.
  const aware = Date.now() - 2 * HOUR;
  const awareAt = Math.floor(aware / 60_000) * 60_000;
  await page.getByRole('tab', { name: '報告期限' }).click();
  // Each switch is written (and logged) before it shows as on.
  for (const regime of [/個人情報保護法/, /GDPR（EU）/]) {
    await page.getByRole('checkbox', { name: regime }).click();
    await expect(page.getByRole('checkbox', { name: regime })).toBeChecked();
  }
  const anchors = page.getByRole('region', { name: '起算点' });
  await anchors.getByRole('button', { name: /記録… 認知した時点/ }).click();
  const record = page.getByRole('dialog', { name: '記録：認知した時点' });
  await record.getByLabel('現在時刻（保存時に記録）').uncheck();
  await record.getByLabel('日時', { exact: true }).fill(tokyo(awareAt).input);
  await record.getByLabel('判断者').fill('田中 健（インシデント責任者）');
  await record.getByRole('button', { name: '記録' }).click();
  await expect(record).toBeHidden();
  await expect(anchors).toContainText('判断者：田中 健（インシデント責任者）');
  await expect(anchors).toContainText(tokyo(awareAt).shown);

  const gdpr = deadline(page, 'GDPR 第33条 監督機関への通知');
  await expect(gdpr).toContainText(tokyo(awareAt + 72 * HOUR).shown);
  await expect(gdpr).toContainText('期限内');
  await expect(deadline(page, '個人情報保護法 漏えい等報告（確報）')).toContainText(tokyo(awareAt + 30 * DAY).shown);
  await expect(deadline(page, '個人情報保護法 漏えい等報告（確報・不正の目的のおそれがある事態）')).toContainText(tokyo(awareAt + 60 * DAY).shown);
  await app.screenshot('issue4-deadlines-ja');

  // The call met the GDPR notification (the DPA contact was made through the police here only for the test's sake).
  await gdpr.getByRole('button', { name: '対応済みにする…' }).click();
  const met = page.getByRole('dialog', { name: '対応済みにする：GDPR 第33条 監督機関への通知' });
  await met.getByRole('radio', { name: new RegExp(RECEIPT) }).check();
  await met.getByRole('button', { name: '対応済みにする' }).click();
  await expect(met).toBeHidden();
  await expect(gdpr).toContainText('対応済み');
  await expect(gdpr.getByRole('button', { name: new RegExp(RECEIPT) })).toBeVisible();

  // After a reload, all of it is still there.
  await app.reload();
  await page.getByRole('tab', { name: '報告期限' }).click();
  await expect(page.getByRole('checkbox', { name: /GDPR（EU）/ })).toBeChecked();
  await expect(deadline(page, 'GDPR 第33条 監督機関への通知')).toContainText('対応済み');
  await expect(deadline(page, '個人情報保護法 漏えい等報告（確報）')).toContainText(tokyo(awareAt + 30 * DAY).shown);
  await expect(page.getByRole('region', { name: '起算点' })).toContainText('判断者：田中 健（インシデント責任者）');
  await page.getByRole('tab', { name: '連絡先' }).click();
  await page.getByRole('searchbox', { name: '連絡先を検索' }).fill('サイバー犯罪');
  await page.getByRole('button', { name: new RegExp(DESK) }).click();
  await expect(page.getByRole('region', { name: 'このインシデントでのやり取り' })).toContainText(RECEIPT);
  await page.getByRole('tab', { name: 'ログ' }).click();
  await expect(page.getByText(/検証済み/)).toBeVisible();

  // The contact sheet for the paper go-bag: A4, in Japanese.
  await page.getByRole('banner').getByRole('button', { name: '連絡先' }).click();
  await page.getByRole('button', { name: '連絡先一覧を印刷' }).click();
  const sheet = page.getByRole('region', { name: '連絡先一覧の印刷プレビュー' });
  await expect(sheet).toContainText('警察相談専用電話');
  await expect(sheet).toContainText('#9110');
  // The print dialog opens by itself once the form is laid out.
  await expect.poll(() => app.printDialogs.length).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(sheet.getByText('警察相談専用電話')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'issue4-contact-sheet-ja.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(SCREENSHOTS, 'issue4-contact-sheet-ja.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
