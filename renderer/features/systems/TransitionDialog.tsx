// Moving a system to its next containment state: only the states the state machine
// allows from here are offered; the method is required and "Other" needs a detail.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTAINMENT_METHODS,
  CONTAINMENT_TRANSITIONS,
  type ContainmentMethod,
  type ContainmentState,
  type IncidentSystem,
} from '../../../shared/domain/system';
import { notebook } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { ErrorText, formError } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { useSystemTexts } from './systemTexts';

/** The methods usually used to reach a state, offered first. */
const USUAL: Readonly<Record<ContainmentState, readonly ContainmentMethod[]>> = {
  unknown: [],
  suspected: [],
  isolated: ['switch-port-shut', 'edr-containment', 'cable-pulled', 'wifi-disabled', 'firewall-rule', 'vlan-quarantine', 'account-disabled', 'sessions-revoked', 'powered-off'],
  preserved: ['memory-captured', 'disk-imaged', 'vm-snapshot'],
  rebuilt: ['reimaged'],
  restored: ['restored-from-backup', 'verified-clean'],
};

export function TransitionDialog({ system, onClose }: { system: IncidentSystem; onClose(): void }) {
  const { t } = useTranslation('systems');
  const texts = useSystemTexts();
  const formId = useId();
  const next = CONTAINMENT_TRANSITIONS[system.state];
  const [to, setTo] = useState<ContainmentState>(next[0] ?? system.state);
  const [method, setMethod] = useState<ContainmentMethod | ''>('');
  const [detail, setDetail] = useState('');
  const usual = USUAL[to];
  const others = CONTAINMENT_METHODS.filter((m) => !usual.includes(m));

  const { busy, error, run } = useFormAction(async () => {
    if (!method) throw formError('system.methodRequired');
    if (method === 'other' && !detail.trim()) throw formError('system.detailRequired');
    await notebook.transitionSystem(system.id, { to, method, detail: detail.trim() }, texts.transition(system, to, method, detail));
    onClose();
  });
  const option = (m: ContainmentMethod) => (
    <option key={m} value={m}>
      {t(`method.${m}`)}
    </option>
  );

  return (
    <Dialog
      open
      title={t('transition.title', { name: system.name })}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('transition.submit')} onCancel={onClose} busy={busy} />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p className="sys-transition-from">
          {t('transition.from')} <strong>{t(`state.${system.state}`)}</strong>
        </p>
        <Field label={t('transition.to')}>
          <select value={to} onChange={(e) => setTo(e.target.value as ContainmentState)} autoFocus>
            {next.map((state) => (
              <option key={state} value={state}>
                {t(`state.${state}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('transition.method')}>
          <select value={method} onChange={(e) => setMethod(e.target.value as ContainmentMethod | '')} required>
            <option value="">{t('transition.chooseMethod')}</option>
            {usual.length > 0 ? (
              <>
                <optgroup label={t('transition.usual', { state: t(`state.${to}`) })}>{usual.map(option)}</optgroup>
                <optgroup label={t('transition.otherMethods')}>{others.map(option)}</optgroup>
              </>
            ) : (
              CONTAINMENT_METHODS.map(option)
            )}
          </select>
        </Field>
        <Field label={t('transition.detail')} hint={t('transition.detailHint')}>
          <textarea rows={3} value={detail} onChange={(e) => setDetail(e.target.value)} maxLength={2000} required={method === 'other'} />
        </Field>
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
