// Switching the UI language, the same way everywhere: i18next first (the screen
// changes at once), then <html lang>, the saved setting and the native menus.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../../shared/ipc/contract';
import { notebook } from '../../data';
import { isLanguage } from '../../i18n';
import { platform } from '../../platform';

export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  // Screen readers and CJK font selection follow the document language.
  document.documentElement.lang = language;
  await notebook.writeSetting('language', language);
  // The menus are main's business; a failure there must not undo the switch.
  await platform()
    .setLanguage(language)
    .catch(() => undefined);
}

export interface LanguageSwitch {
  language: Language;
  change(language: Language): Promise<void>;
  /** Why the last switch could not be saved, if it could not. */
  error: unknown;
}

export function useLanguageSwitch(): LanguageSwitch {
  const { i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const change = useCallback(
    async (next: Language) => {
      setError(null);
      try {
        await switchLanguage(i18n, next);
      } catch (cause) {
        setError(cause);
      }
    },
    [i18n],
  );
  return { language, change, error };
}
