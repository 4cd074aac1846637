// Settings → This device: the signing identity others use to check this device's exports.
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/domain/responder';
import { notebook, useDeviceIdentity } from '../../data';
import { TimeText } from '../../components/TimeText';

export function DeviceSection() {
  const { t } = useTranslation('settings');
  const device = useDeviceIdentity();
  return (
    <section className="card" aria-labelledby="settings-device">
      <h2 id="settings-device">{t('device.heading')}</h2>
      {device === null && <p className="muted">{t('device.missing')}</p>}
      {device && (
        <dl className="settings-facts">
          <dt>{t('device.deviceId')}</dt>
          <dd className="mono">{device.deviceId}</dd>
          <dt>{t('device.fingerprint')}</dt>
          <dd>
            <pre className="fingerprint" title={device.fingerprint}>
              {formatFingerprint(device.fingerprint)}
            </pre>
          </dd>
          <dt>{t('device.createdAt')}</dt>
          <dd>
            <TimeText iso={device.createdAt} zone={notebook.deviceZone()} />
          </dd>
        </dl>
      )}
      <p>{t('device.privateKey')}</p>
      <p className="muted">{t('device.fingerprintHint')}</p>
    </section>
  );
}
