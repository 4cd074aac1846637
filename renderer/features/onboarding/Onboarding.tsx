// First run: what Lantern is, who is writing, and in which language. Saving the
// profile also creates this device's signing identity; App then shows the shell.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook } from '../../data';
import { ErrorText, errorCode } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { LanguagePicker } from '../settings/LanguagePicker';
import { EMPTY_PROFILE, ProfileFields, type ProfileDraft } from '../settings/ProfileFields';
import { lostNotebook } from '../../lib/knownNotebook';
import './onboarding.css';

export function Onboarding() {
  const { t } = useTranslation('onboarding');
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE);
  const nameRef = useRef<HTMLInputElement>(null);
  // This profile held a notebook that the database no longer has: say so before anything new is written.
  const [lost] = useState(lostNotebook);
  const { busy, error, run } = useFormAction(async () => {
    try {
      await notebook.saveProfile(draft);
    } catch (cause) {
      // The only thing a responder can get wrong here is the name: take them to it.
      if (errorCode(cause) === 'profile.invalid') nameRef.current?.focus();
      throw cause;
    }
  });

  return (
    <div className="onboarding page">
      <section className="onboarding-card card" aria-labelledby="onboarding-title">
        <h1 id="onboarding-title">{t('title')}</h1>
        {lost && (
          <div className="onboarding-lost" role="status" aria-labelledby="onboarding-lost-title">
            <h2 id="onboarding-lost-title">{t('lost.title')}</h2>
            <p>{t('lost.what', { name: lost.name })}</p>
            <p>{t('lost.todo')}</p>
          </div>
        )}
        <p>{t('intro')}</p>
        <p className="muted">{t('local')}</p>
        <LanguagePicker />
        <form onSubmit={run} noValidate aria-busy={busy}>
          <h2 className="onboarding-subtitle">{t('profileHeading')}</h2>
          <ProfileFields value={draft} onChange={setDraft} nameRef={nameRef} autoFocus />
          <ErrorText error={error} />
          <div className="row onboarding-actions">
            <span className="spacer" />
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('start')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
