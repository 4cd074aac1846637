// i18next set-up. Each feature owns a namespace file per language
// (locales/<lang>/<namespace>.json); this module loads them all at build time.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/ipc/contract';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

type Resources = Record<string, Record<string, Record<string, unknown>>>;
const resources: Resources = {};
for (const [path, module] of Object.entries(files)) {
  const match = /\.\/locales\/([a-z]+)\/([A-Za-z0-9-]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language = '', namespace = ''] = match;
  (resources[language] ??= {})[namespace] = module.default;
}
export const NAMESPACES = Object.keys(resources.en ?? {});

/** `ja-JP` → `ja`; anything that is not Japanese falls back to English. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export async function initI18n(language: Language): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  return i18next;
}

export { i18next };
