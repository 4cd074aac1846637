// Disposal ends the custody chain for good (returned, destroyed or released from
// hold): who authorised it, how, and an explicit confirmation, because nothing can follow.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { notebook } from '../../../data';
import { Field } from '../../../components/Field';
import { formError } from '../../../components/ErrorText';
import { CustodyDialog } from './CustodyDialog';
import { useCustodyTexts } from './custodyTexts';

export function DisposeDialog({ item, zone, onClose }: { item: EvidenceItem; zone: string; onClose(): void }) {
  const { t } = useTranslation('evidence');
  const texts = useCustodyTexts();
  const [authority, setAuthority] = useState('');
  const [method, setMethod] = useState('');
  const [confirmed, setConfirmed] = useState(false);

  const record = async (when: { at: string; zone: string }) => {
    if (!authority.trim()) throw formError('evidence.authorityRequired');
    if (!method.trim()) throw formError('evidence.disposalMethodRequired');
    if (!confirmed) throw formError('evidence.disposeUnconfirmed');
    const details = { authority: authority.trim(), method: method.trim() };
    await notebook.appendCustody(item.id, { action: 'disposed', details, ...when }, texts.disposed(item.itemNumber, details));
  };

  return (
    <CustodyDialog
      title={t('custody.dispose.title', { number: item.itemNumber })}
      confirmLabel={t('custody.dispose.submit')}
      zone={zone}
      danger
      onClose={onClose}
      record={record}
    >
      <Field label={t('custody.dispose.authority')} hint={t('custody.dispose.authorityHint')}>
        <input type="text" value={authority} onChange={(e) => setAuthority(e.target.value)} maxLength={400} autoFocus />
      </Field>
      <Field label={t('custody.dispose.method')} hint={t('custody.dispose.methodHint')}>
        <input type="text" value={method} onChange={(e) => setMethod(e.target.value)} maxLength={400} />
      </Field>
      <label className="inline ev-confirm">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('custody.dispose.confirm')}
      </label>
    </CustodyDialog>
  );
}
