// i18next set-up. Each feature owns a namespace file per language
// (locales/<lang>/<namespace>.json). English, the fallback of every language, is
// part of the app's first chunk; each other language is a chunk of its own
// (vite.web.config.mts), read through a small backend: the app starts with its own
// language and takes the others in right after.
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/ipc/contract';

type Namespace = Record<string, unknown>;
const english = import.meta.glob<{ default: Namespace }>('./locales/en/*.json', { eager: true });
const others = import.meta.glob<{ default: Namespace }>(['./locales/*/*.json', '!./locales/en/*.json']);

const namespaceOf = (path: string) => /\/([A-Za-z0-9-]+)\.json$/.exec(path)?.[1] ?? '';
const englishResources = Object.fromEntries(Object.entries(english).map(([path, module]) => [namespaceOf(path), module.default]));
export const NAMESPACES = Object.keys(englishResources);

const localeFiles: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = others[`./locales/${language}/${namespace}.json`];
    // A namespace a language lacks falls back to English, as a missing key does.
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

/** `ja-JP` → `ja`; anything that is not Japanese falls back to English. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Starts fetching a language's chunk ahead of initI18n (which then finds it loaded); English is always in. */
export function preloadLanguage(language: Language): void {
  for (const namespace of NAMESPACES) void others[`./locales/${language}/${namespace}.json`]?.().catch(() => undefined);
}

/** Every language's texts in memory: what exports, bundles and aliases in any language read. */
export async function loadAllLanguages(): Promise<void> {
  await i18next.loadLanguages([...LANGUAGES]);
}

export interface I18nOptions {
  /**
   * Resolve as soon as `language` (and English, always in) is ready, leaving the other
   * languages to loadAllLanguages() (app start: the first screen needs one language).
   */
  onlyLanguage?: boolean;
}

/** Resolves with every language in memory, unless `onlyLanguage`. */
export async function initI18n(language: Language, { onlyLanguage = false }: I18nOptions = {}): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(localeFiles).use(initReactI18next).init({
      resources: { en: englishResources },
      // English is bundled; other languages come through localeFiles. Loading starts at once
      // (not a task later), so English is ready when init returns.
      partialBundledLanguages: true,
      initAsync: false,
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
  if (!onlyLanguage) await loadAllLanguages();
  return i18next;
}

export { i18next };
