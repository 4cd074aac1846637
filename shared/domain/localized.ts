// Text that ships in both UI languages. Either may be empty in a responder's own
// templates; the reader falls back to the other.
import { z } from '../zod';
import { text } from './common';

export const LocalizedTextSchema = z
  .object({ en: text(2000).pipe(z.string().trim()), ja: text(2000).pipe(z.string().trim()) })
  .strict()
  .refine((value) => value.en.length > 0 || value.ja.length > 0, 'text is empty in both languages');
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text in `language`, else in the other language. */
export const localized = (value: LocalizedText, language: string): string =>
  (language.startsWith('ja') ? value.ja || value.en : value.en || value.ja);
