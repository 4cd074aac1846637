// Settings → Responder: edit the name, role and organisation stamped into new entries.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, useProfile } from '../../data';
import { ErrorText } from '../../components/ErrorText';
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
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const edit = (next: ProfileDraft) => {
    setDraft(next);
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await notebook.saveProfile(draft);
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ProfileFields value={draft} onChange={edit} />
      <p className="muted">{t('profile.pastEntries')}</p>
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('profile.save')}
        </button>
        <span role="status" className="settings-saved">
          {saved ? t('profile.saved') : ''}
        </span>
      </div>
    </form>
  );
}
