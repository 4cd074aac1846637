// First run: what Lantern is, who is writing, and in which language. Saving the
// profile also creates this device's signing identity; App then shows the shell.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../data';
import { ErrorText, errorCode } from '../../components/ErrorText';
import { LanguagePicker } from '../settings/LanguagePicker';
import { EMPTY_PROFILE, ProfileFields, type ProfileDraft } from '../settings/ProfileFields';
import './onboarding.css';

export function Onboarding() {
  const { t } = useTranslation('onboarding');
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await notebook.saveProfile(draft);
    } catch (cause) {
      setError(cause);
      if (errorCode(cause) === 'profile.invalid') nameRef.current?.focus();
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="onboarding page">
      <section className="onboarding-card card" aria-labelledby="onboarding-title">
        <h1 id="onboarding-title">{t('title')}</h1>
        <p>{t('intro')}</p>
        <p className="muted">{t('local')}</p>
        <LanguagePicker />
        <form onSubmit={submit} noValidate aria-busy={saving}>
          <h2 className="onboarding-subtitle">{t('profileHeading')}</h2>
          <ProfileFields value={draft} onChange={setDraft} nameRef={nameRef} autoFocus />
          <ErrorText error={error} />
          <div className="row onboarding-actions">
            <span className="spacer" />
            <button type="submit" className="btn btn-primary" disabled={saving}>
              {t('start')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
