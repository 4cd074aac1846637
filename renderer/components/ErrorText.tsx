// Turns a thrown error into a translated, actionable message (errors:<code>).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** An error a form finds itself, shaped like the data layer's, so ErrorText translates both alike. */
export const formError = (code: string): Error & { code: string } => Object.assign(new Error(code), { code });

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unexpected';
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return (error) => {
    const code = errorCode(error);
    // CodedError details fill the message's placeholders ("item #{{itemNumber}}").
    const details = (error as { details?: Record<string, unknown> } | null)?.details;
    const detail = error instanceof Error ? error.message : String(error);
    // `detail` also goes to the outer call: for an uncoded error the key *is* 'unexpected'.
    return t(code, { detail, ...details, defaultValue: t('unexpected', { detail }) });
  };
}

export function ErrorText({ error }: { error: unknown }) {
  const message = useErrorMessage();
  const text = error ? message(error) : null;
  const shown = useRef<HTMLParagraphElement>(null);
  // Below a long form (a dialog's scrolled body) the message would be out of sight: the save
  // button seems to do nothing. Bring it into view when it appears or changes.
  useEffect(() => {
    if (text) shown.current?.scrollIntoView?.({ block: 'nearest' });
  }, [text]);
  if (!text) return null;
  return (
    <p ref={shown} className="error-text" role="alert">
      {text}
    </p>
  );
}
