// Copies a value (a phone number, a reference number, a hash) to the clipboard — the app may
// write to it, never read it — and says whether that worked, next to the button.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'done' | 'failed';

export interface CopyButtonProps {
  value: string;
  /** The button's accessible name, saying what is copied ("Copy reference number 2025-0412"). */
  label: string;
}

/**
 * Always shown, even where the clipboard cannot be written: a click there says so and asks
 * for the text to be copied by hand, rather than the button silently not being there.
 */
export function CopyButton({ value, label }: CopyButtonProps) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state !== 'done') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-small" aria-label={label} onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      <span role="status" className={state === 'failed' ? 'error-text small' : 'muted small'}>
        {state === 'done' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </>
  );
}
