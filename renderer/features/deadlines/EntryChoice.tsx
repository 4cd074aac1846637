// One log entry offered as "what met the deadline": a communication shows who, how,
// its reference number and when; any other entry its kind, first line and when.
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { TimeText } from '../../components/TimeText';
import { communicationOf, entryLine } from './deadlineTexts';

export interface EntryChoiceProps {
  name: string;
  entry: LogEntry;
  zone: string;
  checked: boolean;
  onChoose(): void;
}

export function EntryChoice({ name, entry, zone, checked, onChoose }: EntryChoiceProps) {
  const { t } = useTranslation('deadlines');
  const details = communicationOf(entry);
  return (
    <li>
      <label className={checked ? 'dl-choice dl-choice-checked' : 'dl-choice'}>
        <input type="radio" name={name} checked={checked} onChange={onChoose} />
        <span className="dl-choice-body">
          <span className="dl-choice-head">
            {details ? (
              <>
                <strong>{details.contactName}</strong>
                <span className="badge">{t(`met.channel.${details.channel}`)}</span>
                {details.reference && <span className="mono">{t('met.reference', { reference: details.reference })}</span>}
              </>
            ) : (
              <span className="badge">{t(`log:kind.${entry.kind}`)}</span>
            )}
            <TimeText iso={entry.occurredAt} zone={zone} precision={entry.occurredPrecision} className="muted" />
          </span>
          <span className="dl-choice-text">{entryLine(entry.text)}</span>
        </span>
      </label>
    </li>
  );
}
