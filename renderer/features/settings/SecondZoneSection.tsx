// Settings → Second time zone: shown beside every time in the log (often UTC, for reports abroad).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notebook, useSetting } from '../../data';
import { Field } from '../../components/Field';
import { ErrorText } from '../../components/ErrorText';
import { timeZones } from '../../lib/time';

export function SecondZoneSection() {
  const { t } = useTranslation('settings');
  const stored = useSetting('secondaryZone');
  const [error, setError] = useState<unknown>(null);
  const current = stored ?? '';
  const zones = current && !timeZones().includes(current) ? [current, ...timeZones()] : timeZones();

  const change = async (zone: string) => {
    setError(null);
    try {
      await notebook.writeSetting('secondaryZone', zone || null);
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-zone">
      <h2 id="settings-zone">{t('secondZone.heading')}</h2>
      <Field label={t('secondZone.label')} hint={t('secondZone.hint')}>
        <select value={current} onChange={(e) => void change(e.target.value)} disabled={stored === undefined}>
          <option value="">{t('secondZone.none')}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </Field>
      <ErrorText error={error} />
    </section>
  );
}
