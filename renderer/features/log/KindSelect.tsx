// Entry kind picker. Alt+1…5 picks a kind from anywhere in the composer.
import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../../shared/domain/logEntry';
import { USER_ENTRY_KINDS } from './entryText';

export function kindForShortcut(event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; key: string }): EntryKind | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const index = Number(event.key) - 1;
  return Number.isInteger(index) && index >= 0 && index < USER_ENTRY_KINDS.length ? USER_ENTRY_KINDS[index]! : null;
}

export function KindSelect({ value, onChange }: { value: EntryKind; onChange(kind: EntryKind): void }) {
  const { t } = useTranslation('log');
  return (
    <select aria-label={t('composer.kind')} value={value} onChange={(e) => onChange(e.target.value as EntryKind)}>
      {USER_ENTRY_KINDS.map((kind, i) => (
        <option key={kind} value={kind}>
          {t(`kind.${kind}`)} (Alt+{i + 1})
        </option>
      ))}
    </select>
  );
}
