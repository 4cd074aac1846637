import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../main/services/language';

describe('pickLanguage', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['JA-jp'], 'ja'],
    [['en-US', 'ja-JP'], 'en'],
    [['jam'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (locales, expected) => {
    expect(pickLanguage(locales)).toBe(expected);
  });
});
