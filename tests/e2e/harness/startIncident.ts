// The start most end-to-end tests share, as a responder goes through it: the first-run
// screen (name, optional role), then a new incident (title, optional reference code),
// ending on its log. In the UI's language: the browser locale picks it on first run.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

const WORDS = {
  en: { name: 'Your name', role: 'Role (optional)', start: 'Start', newIncident: 'New incident', title: 'Title', code: 'Reference code', create: 'Create incident' },
  ja: { name: '氏名', role: '役割（任意）', start: '開始', newIncident: '新規インシデント', title: '件名', code: '管理番号', create: 'インシデントを作成' },
} as const;

export interface StartIncidentOptions {
  name: string;
  role?: string;
  title: string;
  code?: string;
  /** The language the app opens in (the test's locale); default English. */
  language?: keyof typeof WORDS;
}

export async function startIncident(page: Page, { name, role, title, code, language = 'en' }: StartIncidentOptions): Promise<void> {
  const words = WORDS[language];
  await page.getByLabel(words.name).fill(name);
  if (role) await page.getByLabel(words.role).fill(role);
  await page.getByRole('button', { name: words.start }).click();
  // The empty incident list's own button, not the one in the shell's switcher.
  await page.getByRole('main').getByRole('button', { name: words.newIncident }).click();
  const dialog = page.getByRole('dialog', { name: words.newIncident });
  await dialog.getByLabel(words.title).fill(title);
  if (code) await dialog.getByLabel(words.code).fill(code);
  await dialog.getByRole('button', { name: words.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
