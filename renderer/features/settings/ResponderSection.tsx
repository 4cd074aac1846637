// Settings → Responder: edit the name, role and organisation stamped into new entries.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, useProfile } from '../../data';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { ProfileFields, type ProfileDraft } from './ProfileFields';

export function ResponderSection() {
  const { t } = useTranslation('settings');
  const profile = useProfile();
  return (
    <section className="card" aria-labelledby="settings-responder">
      <h2 id="settings-responder">{t('profile.heading')}</h2>
      {profile && <ResponderForm initial={{ name: profile.name, role: profile.role, organization: profile.organization }} />}
    </section>
  );
}

function ResponderForm({ initial }: { initial: ProfileDraft }) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useFormAction(async () => {
    await notebook.saveProfile(draft);
    setSaved(true);
  });

  const edit = (next: ProfileDraft) => {
    setDraft(next);
    setSaved(false);
  };

  return (
    <form onSubmit={run} noValidate>
      <ProfileFields value={draft} onChange={edit} />
      <p className="muted">{t('profile.pastEntries')}</p>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('profile.save')}
        </button>
        <span role="status" className="settings-saved">
          {saved ? t('profile.saved') : ''}
        </span>
      </div>
    </form>
  );
}
