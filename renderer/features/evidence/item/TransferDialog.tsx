// Recording a change of hands (RFC 3227: when and how custody changed, incl. shipping
// numbers): released by (the responder by default), received by, method, route, purpose.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { notebook, useProfile } from '../../../data';
import { Field } from '../../../components/Field';
import { formError } from '../../../components/ErrorText';
import { CustodyDialog } from './CustodyDialog';
import { useCustodyTexts } from './custodyTexts';

const METHOD_SUGGESTIONS = ['inPerson', 'courier', 'registeredMail', 'secureUpload'] as const;

export function TransferDialog({ item, zone, onClose }: { item: EvidenceItem; zone: string; onClose(): void }) {
  const { t } = useTranslation('evidence');
  const texts = useCustodyTexts();
  const listId = useId();
  const profile = useProfile();
  // Who releases the item unless changed: the responder on this device (null = not edited).
  const [released, setReleased] = useState<{ name: string | null; role: string | null }>({ name: null, role: null });
  const releasedName = released.name ?? profile?.name ?? '';
  const releasedRole = released.role ?? profile?.role ?? '';
  const [form, setForm] = useState({
    receivedName: '',
    receivedRole: '',
    method: '',
    tracking: '',
    fromLocation: '',
    toLocation: '',
    purpose: '',
  });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));

  const record = async (when: { at: string; zone: string }) => {
    const v = Object.fromEntries(Object.entries(form).map(([k, value]) => [k, value.trim()])) as typeof form;
    if (!releasedName.trim()) throw formError('evidence.releasedByRequired');
    if (!v.receivedName) throw formError('evidence.receivedByRequired');
    if (!v.method) throw formError('evidence.transferMethodRequired');
    if (!v.purpose) throw formError('evidence.purposeRequired');
    const details = {
      releasedBy: { name: releasedName.trim(), role: releasedRole.trim() || null },
      receivedBy: { name: v.receivedName, role: v.receivedRole || null },
      method: v.method,
      tracking: v.tracking,
      fromLocation: v.fromLocation,
      toLocation: v.toLocation,
      purpose: v.purpose,
    };
    await notebook.appendCustody(item.id, { action: 'transferred', details, ...when }, texts.transferred(item.itemNumber, details));
  };

  return (
    <CustodyDialog
      title={t('custody.transfer.title', { number: item.itemNumber })}
      confirmLabel={t('custody.transfer.submit')}
      zone={zone}
      wide
      onClose={onClose}
      record={record}
    >
      <div className="ev-form-grid">
        <Field label={t('custody.transfer.releasedName')}>
          <input type="text" value={releasedName} onChange={(e) => setReleased((r) => ({ ...r, name: e.target.value }))} maxLength={120} />
        </Field>
        <Field label={t('custody.transfer.releasedRole')}>
          <input type="text" value={releasedRole} onChange={(e) => setReleased((r) => ({ ...r, role: e.target.value }))} maxLength={120} />
        </Field>
        <Field label={t('custody.transfer.receivedName')}>
          <input type="text" value={form.receivedName} onChange={set('receivedName')} maxLength={120} autoFocus />
        </Field>
        <Field label={t('custody.transfer.receivedRole')}>
          <input type="text" value={form.receivedRole} onChange={set('receivedRole')} maxLength={120} />
        </Field>
        <Field label={t('custody.transfer.method')} hint={t('custody.transfer.methodHint')}>
          <input type="text" list={listId} value={form.method} onChange={set('method')} maxLength={200} />
        </Field>
        <Field label={t('custody.transfer.tracking')} hint={t('custody.transfer.trackingHint')}>
          <input type="text" className="mono" value={form.tracking} onChange={set('tracking')} maxLength={200} spellCheck={false} />
        </Field>
        <Field label={t('custody.transfer.fromLocation')}>
          <input type="text" value={form.fromLocation} onChange={set('fromLocation')} maxLength={400} />
        </Field>
        <Field label={t('custody.transfer.toLocation')}>
          <input type="text" value={form.toLocation} onChange={set('toLocation')} maxLength={400} />
        </Field>
      </div>
      <datalist id={listId}>
        {METHOD_SUGGESTIONS.map((m) => (
          <option key={m} value={t(`custody.transfer.methods.${m}`)} />
        ))}
      </datalist>
      <Field label={t('custody.transfer.purpose')}>
        <textarea rows={2} value={form.purpose} onChange={set('purpose')} maxLength={2000} />
      </Field>
    </CustodyDialog>
  );
}
