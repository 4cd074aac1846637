// What one custody event says, by action: who handed it to whom and how, why it was
// accessed or exported, what verification computed, who authorised disposal.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEvent } from '../../../../shared/domain/evidence';
import { useCustodyTexts } from './custodyTexts';

export function CustodyEventDetails({ event }: { event: CustodyEvent }) {
  const { t } = useTranslation('evidence');
  const { person } = useCustodyTexts();
  const rows: [string, ReactNode][] = [];
  const add = (key: string, value: ReactNode) => {
    if (value !== '') rows.push([t(`custody.details.${key}`), value]);
  };
  switch (event.action) {
    case 'collected':
      add('location', event.details.location);
      add('reason', event.details.reason);
      add('sha256', <code className="mono ev-hash">{event.details.sha256}</code>);
      break;
    case 'transferred':
      add('handover', t('custody.details.handoverValue', { from: person(event.details.releasedBy), to: person(event.details.receivedBy) }));
      add('method', event.details.method);
      add('tracking', event.details.tracking);
      add('fromLocation', event.details.fromLocation);
      add('toLocation', event.details.toLocation);
      add('purpose', event.details.purpose);
      break;
    case 'accessed':
      add('purpose', event.details.purpose);
      break;
    case 'exported':
      add('destination', event.details.destination);
      add('purpose', event.details.purpose);
      break;
    case 'verified': {
      const pass = event.details.result === 'pass';
      add(
        'result',
        <span className={pass ? 'ev-result ev-result-pass' : 'ev-result ev-result-fail'}>
          <span aria-hidden="true">{pass ? '✓ ' : '✗ '}</span>
          {t(pass ? 'custody.details.pass' : 'custody.details.fail')}
        </span>,
      );
      add('computed', <code className="mono ev-hash">{event.details.computedSha256}</code>);
      break;
    }
    case 'disposed':
      add('authority', event.details.authority);
      add('disposalMethod', event.details.method);
      break;
  }
  return (
    <dl className="ev-event-details">
      {rows.map(([label, value]) => (
        <div className="ev-field" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
