// The renderer without any host bridge, as `npm run preview:web` serves it to a
// plain browser: the platform door falls back to web APIs and the app still works.
// The worker's renderer server comes from the harness fixtures (shared with the other specs).
import { expect, test } from './harness/fixtures';

test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
test('works in a plain browser, in the system language, under the CSP', async ({ page, rendererServer }) => {
  const { origin } = rendererServer;
  const violations: string[] = [];
  page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
  await page.goto(`${origin}/`);
  expect(await page.evaluate(() => 'lantern' in window)).toBe(false);
  // No bridge: the language comes from the browser's locale.
  await page.getByLabel('氏名').fill('佐藤 愛子');
  await page.getByRole('button', { name: '開始' }).click();
  await page.getByRole('main').getByRole('button', { name: '新規インシデント' }).click();
  await page.getByRole('dialog').getByLabel('件名').fill('VPN侵害の疑い');
  await page.getByRole('button', { name: 'インシデントを作成' }).click();
  const composer = page.getByRole('textbox', { name: '新しい記録' });
  await composer.click();
  await page.keyboard.type('GlobalProtect の認証ログを保全した');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('feed').getByRole('article')).toContainText('GlobalProtect の認証ログを保全した');
  await expect(page.getByText('検証済み：1件、1台の端末')).toBeVisible();
  expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});
