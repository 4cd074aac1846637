// Copies a hash to the clipboard, to paste into a report or compare with another tool.
// Shown only where the clipboard can be written; the value itself stays selectable.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('evidence');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className="btn btn-small" aria-label={t('item.copy', { what: label })} onClick={copy}>
      <span aria-live="polite">{copied ? t('item.copied') : t('item.copyShort')}</span>
    </button>
  );
}
