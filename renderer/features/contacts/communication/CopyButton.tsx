// Copies a reference number to the clipboard (the app may write to it, never read it) and
// says whether that worked: a responder often reads the number out to the next caller.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'done' | 'failed';

export function CopyButton({ value }: { value: string }) {
  const { t } = useTranslation('communications');
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state !== 'done') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-small" aria-label={t('copy.label', { value })} onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      <span role="status" className={state === 'failed' ? 'error-text small' : 'muted small'}>
        {state === 'done' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </>
  );
}
