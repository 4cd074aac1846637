// Copies a number or address to the clipboard, for the phone or soft-phone beside the laptop.
// Shown only where the clipboard can be written; the value itself stays selectable text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('contacts');
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
    <button type="button" className="btn btn-small" aria-label={t('page.copy', { what: label })} onClick={copy}>
      <span aria-live="polite">{copied ? t('page.copied') : t('page.copyShort')}</span>
    </button>
  );
}
