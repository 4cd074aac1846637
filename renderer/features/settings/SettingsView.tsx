// Settings: who is writing, this device's signing identity, language, second
// time zone, backups and what build this is. Every change is saved as it is made,
// except the profile, which has its own Save button.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { BackupSection } from '../backup/BackupSection';
import { DeviceSection } from './DeviceSection';
import { LanguagePicker } from './LanguagePicker';
import { ResponderSection } from './ResponderSection';
import { SecondZoneSection } from './SecondZoneSection';
import './settings.css';

export function SettingsView({ appInfo, onDone }: { appInfo: AppInfo; onDone(): void }) {
  const { t } = useTranslation('settings');
  return (
    <div className="page">
      <div className="settings">
        <header className="settings-header">
          <h1>{t('title')}</h1>
          <span className="spacer" />
          <button type="button" className="btn btn-primary" onClick={onDone}>
            {t('done')}
          </button>
        </header>
        <ResponderSection />
        <DeviceSection />
        <section className="card" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('language.legend')}</h2>
          <LanguagePicker hideLegend />
        </section>
        <SecondZoneSection />
        <BackupSection />
        <section className="card" aria-labelledby="settings-about">
          <h2 id="settings-about">{t('about.heading')}</h2>
          <dl className="settings-facts">
            <dt>{t('about.name')}</dt>
            <dd>{appInfo.name}</dd>
            <dt>{t('about.version')}</dt>
            <dd className="mono">{appInfo.version}</dd>
            <dt>{t('about.platform')}</dt>
            <dd>{appInfo.platform}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
