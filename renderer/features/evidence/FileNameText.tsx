// An evidence file name shown so it cannot lie: hidden characters as visible ⟨U+202E⟩
// markers, in monospace, isolated from the text around it, and flagged with the reason
// when it looks like a disguise (hidden characters, "invoice.pdf.exe", a trailing dot).
import { useTranslation } from 'react-i18next';
import { displayFileName } from '../../../shared/evidence/fileName';

const MARKER = /⟨U\+[0-9A-F]{4,6}⟩/g;

export type NameWarning = 'hidden' | 'trailing' | 'doubleExtension';

/** Why a name is suspicious; empty when it is not. */
export function nameWarnings(name: string): NameWarning[] {
  const shown = displayFileName(name);
  if (!shown.suspicious) return [];
  const warnings: NameWarning[] = [];
  if (shown.text !== name) warnings.push('hidden');
  // What is left once the hidden characters are gone says whether the name also disguises its extension.
  const visible = shown.text.replace(MARKER, '');
  if (/[\s.]$/u.test(visible)) warnings.push('trailing');
  else if (displayFileName(visible).suspicious) warnings.push('doubleExtension');
  return warnings;
}

export function FileNameText({ name }: { name: string }) {
  const { t } = useTranslation('evidence');
  const { text } = displayFileName(name);
  const warnings = nameWarnings(name);
  return (
    <span className={warnings.length > 0 ? 'ev-name ev-name-suspicious' : 'ev-name'}>
      <bdi className="ev-name-text mono">{text}</bdi>
      {warnings.length > 0 && (
        <span className="ev-name-warning">
          <span aria-hidden="true">⚠ </span>
          {t('locker.suspiciousName', { reasons: warnings.map((w) => t(`locker.nameWarning.${w}`)).join(t('locker.listSeparator')) })}
        </span>
      )}
    </span>
  );
}
