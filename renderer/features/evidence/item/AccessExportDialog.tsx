// Recording that the item was accessed (examined, copied for analysis) or exported
// (handed out of the notebook): why, and for an export where to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { notebook } from '../../../data';
import { Field } from '../../../components/Field';
import { formError } from '../../../components/ErrorText';
import { CustodyDialog } from './CustodyDialog';
import { useCustodyTexts } from './custodyTexts';

export interface AccessExportDialogProps {
  action: 'accessed' | 'exported';
  item: EvidenceItem;
  zone: string;
  onClose(): void;
}

export function AccessExportDialog({ action, item, zone, onClose }: AccessExportDialogProps) {
  const { t } = useTranslation('evidence');
  const texts = useCustodyTexts();
  const [destination, setDestination] = useState('');
  const [purpose, setPurpose] = useState('');
  const key = action === 'accessed' ? 'access' : 'export';

  const record = async (when: { at: string; zone: string }) => {
    if (action === 'exported' && !destination.trim()) throw formError('evidence.destinationRequired');
    if (!purpose.trim()) throw formError('evidence.purposeRequired');
    if (action === 'accessed') {
      const details = { purpose: purpose.trim() };
      await notebook.appendCustody(item.id, { action, details, ...when }, texts.accessed(item.itemNumber, details));
    } else {
      const details = { destination: destination.trim(), purpose: purpose.trim() };
      await notebook.appendCustody(item.id, { action, details, ...when }, texts.exported(item.itemNumber, details));
    }
  };

  return (
    <CustodyDialog
      title={t(`custody.${key}.title`, { number: item.itemNumber })}
      confirmLabel={t(`custody.${key}.submit`)}
      zone={zone}
      onClose={onClose}
      record={record}
    >
      {action === 'exported' && (
        <Field label={t('custody.export.destination')} hint={t('custody.export.destinationHint')}>
          <input type="text" value={destination} onChange={(e) => setDestination(e.target.value)} maxLength={400} autoFocus />
        </Field>
      )}
      <Field label={t(`custody.${key}.purpose`)}>
        <textarea rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={2000} autoFocus={action === 'accessed'} />
      </Field>
    </CustodyDialog>
  );
}
