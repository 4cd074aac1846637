// English / 日本語 as a radio group; each language is named in itself so anyone can find their own.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/ipc/contract';
import { ErrorText } from '../../components/ErrorText';
import { useLanguageSwitch } from './useLanguageSwitch';
import './settings.css';

/** `hideLegend` when a visible heading above already names the group. */
export function LanguagePicker({ hideLegend = false }: { hideLegend?: boolean }) {
  const { t } = useTranslation('settings');
  const { language, change, error } = useLanguageSwitch();
  const name = useId();
  return (
    <fieldset className="language-picker">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{t('language.legend')}</legend>
      <div className="row">
        {LANGUAGES.map((option) => (
          <label key={option} className="inline" lang={option}>
            <input type="radio" name={name} value={option} checked={language === option} onChange={() => void change(option)} />
            {t(`language.names.${option}`)}
          </label>
        ))}
      </div>
      <ErrorText error={error} />
    </fieldset>
  );
}
