// A refused system change, translated: systems' own codes first (illegal
// transition, unchanged flag …), then the app's error messages.
import { useTranslation } from 'react-i18next';
import { errorCode, useErrorMessage } from '../../components/ErrorText';

export function useSystemErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('systems');
  const general = useErrorMessage();
  return (error) => {
    const key = `errors.${errorCode(error)}`;
    return i18n.exists(key, { ns: 'systems' }) ? t(key) : general(error);
  };
}

export function SystemError({ error }: { error: unknown }) {
  const message = useSystemErrorMessage();
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {message(error)}
    </p>
  );
}
