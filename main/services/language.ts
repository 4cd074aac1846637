// Which menu language to start with, before the renderer has said which it uses.
import type { Language } from '../../shared/ipc/contract';

/** Japanese when the first preferred system language is Japanese, English otherwise. */
export function pickLanguage(preferredLocales: readonly string[]): Language {
  const first = preferredLocales[0]?.toLowerCase() ?? '';
  return first === 'ja' || first.startsWith('ja-') ? 'ja' : 'en';
}
