// A run as paper: the form responders fall back to when laptops fail. Black on
// white, a box to tick per step, what was recorded so far (unless printed blank),
// and empty columns and lines for handwriting. Styles: print.css.
import { useTranslation } from 'react-i18next';
import { progressOf, statusOf, type ItemStatus } from '../../../shared/domain/checklistRun';
import { templateItems } from '../../../shared/domain/checklistTemplate';
import type { Incident } from '../../../shared/domain/incident';
import type { RunWithStatus } from '../../data';
import { TimeText } from '../../components/TimeText';
import { PrintItemRow } from './PrintItemRow';
import { useChecklistTexts, type SystemNames } from './checklistTexts';

export interface PrintRunProps {
  incident: Incident;
  runWithStatus: RunWithStatus;
  names: SystemNames;
  printedAt: string;
  /** Leave out every recorded state: a clean form for another host or a fresh start. */
  blank: boolean;
}

const NOTE_LINES = 6;

export function PrintRun({ incident, runWithStatus, names, printedAt, blank }: PrintRunProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const { run } = runWithStatus;
  const statuses = blank ? new Map<string, ItemStatus>() : runWithStatus.statuses;
  const items = templateItems(run.template);
  const numbers = new Map(items.map((item, index) => [item.id, index + 1]));
  const progress = progressOf(
    items.map((item) => item.id),
    statuses,
  );
  const zone = incident.timeZone;
  return (
    <article className="print-run">
      <header className="print-head">
        <h1>{texts.runTitle(run)}</h1>
        <dl className="print-meta">
          <dt>{t('print.incident')}</dt>
          <dd>
            {incident.code && <span className="print-code">{incident.code}</span>} {incident.title}
          </dd>
          <dt>{t('print.target')}</dt>
          <dd className="print-target">{texts.target(run, names)}</dd>
          <dt>{t('print.started')}</dt>
          <dd>
            {run.startedBy.name} · <TimeText iso={run.startedAt} zone={zone} />
          </dd>
          <dt>{t('print.printedAt')}</dt>
          <dd>
            <TimeText iso={printedAt} zone={zone} /> <span className="print-zone">({zone})</span>
          </dd>
          {!blank && (
            <>
              <dt>{t('print.progress')}</dt>
              <dd>
                {t('progress.ratio', { settled: progress.done + progress.notApplicable, total: progress.total })} ·{' '}
                {t('progress.done', { count: progress.done })} · {t('progress.notApplicable', { count: progress.notApplicable })} ·{' '}
                {t('progress.blocked', { count: progress.blocked })} · {t('progress.open', { count: progress.open })}
              </dd>
            </>
          )}
        </dl>
        <p className="print-hint">{t('print.paperHint')}</p>
      </header>
      {run.template.phases.map((phase) => (
        <section key={phase.id} className="print-phase">
          <h2>{texts.text(phase.title)}</h2>
          <table className="print-table">
            <colgroup>
              <col className="print-col-box" />
              <col className="print-col-number" />
              <col />
              <col className="print-col-state" />
              <col className="print-col-reason" />
              <col className="print-col-write" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('print.box')}</th>
                <th scope="col">{t('print.number')}</th>
                <th scope="col">{t('print.item')}</th>
                <th scope="col">{t('print.state')}</th>
                <th scope="col">{t('print.reasonNote')}</th>
                <th scope="col">{t('print.handwritten')}</th>
              </tr>
            </thead>
            <tbody>
              {phase.items.map((item) => (
                <PrintItemRow key={item.id} item={item} number={numbers.get(item.id) ?? 0} numbers={numbers} status={statusOf(statuses, item.id)} zone={zone} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section className="print-notes">
        <h2>{t('print.notes')}</h2>
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <div key={i} className="print-line" />
        ))}
        <p className="print-signature">{t('print.signature')}</p>
      </section>
    </article>
  );
}
