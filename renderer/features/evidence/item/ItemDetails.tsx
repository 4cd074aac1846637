// The custody form's header for one item (reference.md §5.3): what it is, where it
// came from, who collected it and how, the file as it arrived, and its hash at acquisition.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyDetails, EvidenceItem } from '../../../../shared/domain/evidence';
import { CopyButton } from '../../../components/CopyButton';
import { TimeText } from '../../../components/TimeText';
import { useSystems } from '../../../data';
import { useOpenRef } from '../../systems/openRef';
import { FileNameText } from '../FileNameText';
import { formatBytes, formatExactBytes } from '../format';

export interface ItemDetailsProps {
  item: EvidenceItem;
  zone: string;
  /** The first custody event's details: where and why it was collected. */
  collection: CustodyDetails<'collected'> | null;
}

export function ItemDetails({ item, zone, collection }: ItemDetailsProps) {
  const { t, i18n } = useTranslation('evidence');
  const titleId = useId();
  const systems = useSystems(item.incidentId);
  const openRef = useOpenRef();
  const source = item.sourceSystemId ? systems?.find((s) => s.id === item.sourceSystemId) : null;
  const row = (label: string, value: ReactNode) => (
    <div className="ev-field">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const none = <span className="muted">{t('item.none')}</span>;

  const sourceValue = !item.sourceSystemId ? (
    none
  ) : source && openRef ? (
    <button type="button" className="btn-link" onClick={() => openRef('system', source.id)}>
      {source.name}
    </button>
  ) : (
    (source?.name ?? <span className="muted">{t('item.systemGone')}</span>)
  );

  return (
    <section className="ev-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('item.form.title')}</h3>
      <dl className="ev-fields">
        {row(t('item.form.itemNumber'), `#${item.itemNumber}`)}
        {row(t('item.form.description'), <span className="ev-pre-line">{item.description}</span>)}
        {row(t('item.form.type'), t(`types.${item.type}`))}
        {row(t('item.form.sourceSystem'), sourceValue)}
        {row(t('item.form.collectedBy'), item.collectedBy.role ? `${item.collectedBy.name} (${item.collectedBy.role})` : item.collectedBy.name)}
        {row(t('item.form.collectedAt'), <TimeText iso={item.collectedAt} zone={zone} secondaryZone={item.collectedZone} />)}
        {row(t('item.form.method'), item.toolVersion ? t('item.form.methodWithVersion', { method: item.method, version: item.toolVersion }) : item.method)}
        {collection && row(t('item.form.location'), collection.location || none)}
        {collection && row(t('item.form.reason'), collection.reason ? <span className="ev-pre-line">{collection.reason}</span> : none)}
        {row(t('item.form.originalName'), <FileNameText name={item.originalName} explain />)}
        {row(
          t('item.form.size'),
          t('item.form.sizeValue', { bytes: formatExactBytes(item.size, i18n.language), human: formatBytes(item.size, i18n.language), count: item.size }),
        )}
        {row(
          t('item.form.detectedType'),
          <>
            {item.detectedType.label} <span className="mono muted">({item.detectedType.mime})</span>
            <p className="field-hint">{t('item.form.detectedHint')}</p>
          </>,
        )}
        {row(
          t('item.form.sha256'),
          <span className="ev-hash-row">
            <code className="mono ev-hash">{item.sha256}</code>
            <CopyButton value={item.sha256} label={t('item.copy', { what: t('item.form.sha256') })} />
          </span>,
        )}
        {row(t('item.form.storedAt'), <TimeText iso={item.storedAt} zone={zone} />)}
      </dl>
    </section>
  );
}
