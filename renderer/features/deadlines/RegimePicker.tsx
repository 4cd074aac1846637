// The regimes as switches: each change is a logged decision of the incident lead.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIMES, type Regime } from '../../../shared/seed/deadlines';
import { notebook } from '../../data';
import { ErrorText } from '../../components/ErrorText';
import { useDeadlineTexts } from './deadlineTexts';

export function RegimePicker({ incidentId, enabled }: { incidentId: string; enabled: readonly string[] }) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const titleId = useId();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const toggle = async (regime: Regime, on: boolean) => {
    if (pending) return;
    setPending(regime.id);
    setError(null);
    try {
      await notebook.setRegime(incidentId, regime.id, on, texts.regimeLog(regime, on));
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="dl-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('regimes.title')}</h3>
      <p className="field-hint">{t('regimes.hint')}</p>
      {/* Not disabled while a switch is written: disabling would throw the keyboard focus away. */}
      <ul className="dl-regimes" aria-busy={pending !== null}>
        {REGIMES.map((regime) => (
          <li key={regime.id}>
            <label className="dl-regime">
              <input
                type="checkbox"
                checked={enabled.includes(regime.id)}
                onChange={(event) => void toggle(regime, event.target.checked)}
              />
              <span className="dl-regime-name">{texts.regime(regime)}</span>
              <span className="muted dl-regime-count">{t('regimes.ruleCount', { count: regime.ruleIds.length })}</span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
    </section>
  );
}
