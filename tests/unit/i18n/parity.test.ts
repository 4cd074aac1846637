// Every string the UI can show exists in English and in Japanese, and no
// Japanese file carries keys the English one has lost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../../renderer/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL, '')];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}
const load = (language: string, file: string) => new Set(keys(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'))));

describe('translations', () => {
  const files = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));

  it('has a Japanese file for every English one', () => {
    expect(readdirSync(join(LOCALES, 'ja')).sort()).toEqual(files.sort());
  });

  for (const file of files) {
    it(`${file}: the same keys in both languages, none empty`, () => {
      const en = load('en', file);
      const ja = load('ja', file);
      expect([...en].filter((k) => !ja.has(k)), 'missing in Japanese').toEqual([]);
      expect([...ja].filter((k) => !en.has(k)), 'only in Japanese').toEqual([]);
      const raw = readFileSync(join(LOCALES, 'ja', file), 'utf8');
      expect(raw).not.toMatch(/:\s*""/);
    });
  }
});
