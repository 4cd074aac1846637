// A template fills a translated sentence exactly as i18next's own interpolation would, in
// either language's word order, with values that look like markup or like i18next's syntax.
import { describe, expect, it } from 'vitest';
import { createInstance, type TFunction } from 'i18next';
import { template } from '../../../renderer/i18n/template';

async function translator(language: string, sentences: Record<string, string>): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { [language]: { log: sentences } }, defaultNS: 'log', interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('template', () => {
  it('fills the slots as t does, in the order the translation puts them', async () => {
    const sentences = {
      en: '{{kind}} entry #{{seq}} by {{author}}',
      ja: '{{kind}}の記録 #{{seq}}（{{author}}）',
    };
    const values = [
      { kind: 'Note', seq: 1, author: 'Aiko Tanaka' },
      { kind: 'Decision', seq: 100_000, author: '<b>{{kind}}</b> $t(label) & co' },
      { kind: '', seq: 0, author: '' },
    ];
    for (const [language, sentence] of Object.entries(sentences)) {
      const t = await translator(language, { label: sentence });
      const label = template(t, 'label', ['kind', 'seq', 'author']);
      for (const value of values) expect(label(value)).toBe(t('label', value));
    }
    const reordered = template(await translator('ja', { label: '{{author}}が書いた{{kind}}' }), 'label', ['kind', 'author']);
    expect(reordered({ kind: '決定', author: '田中' })).toBe('田中が書いた決定');
  });

  it('repeats a slot used twice and leaves out one the sentence does not use', async () => {
    const t = await translator('en', { twice: '{{a}} and {{a}}', none: 'Nothing to fill' });
    expect(template(t, 'twice', ['a', 'b'])({ a: 'x', b: 'y' })).toBe('x and x');
    expect(template(t, 'none', ['a'])({ a: 'x' })).toBe('Nothing to fill');
  });
});
