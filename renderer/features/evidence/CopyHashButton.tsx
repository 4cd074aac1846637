// Copies an item's full SHA-256, to paste into a report or compare with sha256sum output.
// Shown only where the clipboard can be written; the hash stays selectable on the item page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyHashButton({ sha256, itemNumber }: { sha256: string; itemNumber: number }) {
  const { t } = useTranslation('evidence');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  const copy = () => navigator.clipboard.writeText(sha256).then(() => setCopied(true), () => setCopied(false));
  return (
    <button type="button" className="btn btn-small ev-copy" aria-label={t('locker.copyHash', { number: itemNumber })} onClick={copy}>
      <span aria-live="polite">{copied ? t('locker.copied') : t('locker.copy')}</span>
    </button>
  );
}
