// Where a system stands: its containment state, the states it may go to next
// ("Change state"), and the two flags as switches that each ask how or why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTAINMENT_TRANSITIONS, SYSTEM_FLAGS, type IncidentSystem, type SystemFlag } from '../../../shared/domain/system';
import { StateBadge } from './badges';
import { FlagDialog } from './FlagDialog';
import { TransitionDialog } from './TransitionDialog';

type OpenDialog = { name: 'transition' } | { name: 'flag'; flag: SystemFlag; value: boolean } | null;

export function ContainmentPanel({ system }: { system: IncidentSystem }) {
  const { t } = useTranslation('systems');
  const titleId = useId();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  const next = CONTAINMENT_TRANSITIONS[system.state];
  return (
    <section className="sys-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('page.containment')}</h3>
      <div className="row">
        <span>{t('page.currentState')}</span>
        <StateBadge state={system.state} />
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ name: 'transition' })} disabled={next.length === 0}>
          {t('page.changeState')}
        </button>
      </div>
      <p className="muted small">{t('page.nextStates', { states: next.map((state) => t(`state.${state}`)).join(t('page.listSeparator')) })}</p>
      <div className="sys-flags" role="group" aria-label={t('page.flags')}>
        {SYSTEM_FLAGS.map((flag) => (
          <button
            key={flag}
            type="button"
            role="switch"
            aria-checked={system[flag]}
            className={system[flag] ? 'sys-switch sys-switch-on' : 'sys-switch'}
            onClick={() => setDialog({ name: 'flag', flag, value: !system[flag] })}
          >
            <span className="sys-switch-knob" aria-hidden="true" />
            {t(`flag.${flag}`)}
          </button>
        ))}
      </div>
      {dialog?.name === 'transition' && <TransitionDialog system={system} onClose={close} />}
      {dialog?.name === 'flag' && <FlagDialog system={system} flag={dialog.flag} value={dialog.value} onClose={close} />}
    </section>
  );
}
