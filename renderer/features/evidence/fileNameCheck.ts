// Why an evidence file name is suspicious, in words the page can explain:
// displayFileName only says whether it is; the responder needs to know what to look for.
import { displayFileName } from '../../../shared/evidence/fileName';

export type NameWarning = 'hidden' | 'doubleExtension' | 'trailing';

/** The ⟨U+XXXX⟩ markers displayFileName puts in place of hidden characters. */
export const MARKER = /⟨U\+[0-9A-F]{4,6}⟩/g;

export interface CheckedName {
  /** The name with hidden characters made visible. */
  text: string;
  warnings: NameWarning[];
}

export function checkFileName(name: string): CheckedName {
  const shown = displayFileName(name);
  if (!shown.suspicious) return { text: shown.text, warnings: [] };
  const warnings: NameWarning[] = [];
  if (shown.text !== name) warnings.push('hidden');
  const trailing = /[\s.]$/u.test(name);
  if (trailing) warnings.push('trailing');
  // Without hidden characters and trailing dots or spaces, what is left can only be
  // suspicious for a runnable extension behind a harmless-looking one.
  const bare = shown.text.replace(MARKER, '').replace(/[\s.]+$/u, '');
  if (displayFileName(bare).suspicious) warnings.push('doubleExtension');
  // Never suspicious without a reason shown.
  if (warnings.length === 0) warnings.push('doubleExtension');
  return { text: shown.text, warnings };
}
