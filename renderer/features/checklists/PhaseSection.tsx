// One phase of a run (Mobilize, Contain, Preserve …): its heading and progress,
// then its items.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf, statusOf, type ItemAction, type ItemStatus } from '../../../shared/domain/checklistRun';
import type { TemplateItem, TemplatePhase } from '../../../shared/domain/checklistTemplate';
import { ItemRow } from './ItemRow';
import { ProgressBar } from './ProgressBar';
import type { ConflictingItem } from './TradeOffCallout';
import { useChecklistTexts } from './checklistTexts';
import { itemElementId } from './itemFocus';

export interface PhaseSectionProps {
  runId: string;
  phase: TemplatePhase;
  statuses: ReadonlyMap<string, ItemStatus>;
  numbers: ReadonlyMap<string, number>;
  conflictsOf(item: TemplateItem): readonly ConflictingItem[];
  zone: string;
  rowError: { itemId: string; error: unknown } | null;
  onAction(item: TemplateItem, action: ItemAction): void;
  onGoTo(itemId: string): void;
}

export function PhaseSection(props: PhaseSectionProps) {
  const { runId, phase, statuses, numbers, zone, rowError } = props;
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const headingId = useId();
  const title = texts.text(phase.title);
  const progress = progressOf(
    phase.items.map((item) => item.id),
    statuses,
  );
  return (
    <section className="cl-phase" aria-labelledby={headingId}>
      <header className="cl-phase-head">
        <h3 id={headingId}>{title}</h3>
        <ProgressBar progress={progress} label={t('progress.phaseLabel', { phase: title })} className="cl-phase-progress" />
      </header>
      <ol className="cl-items">
        {phase.items.map((item) => (
          <ItemRow
            key={item.id}
            elementId={itemElementId(runId, item.id)}
            item={item}
            number={numbers.get(item.id) ?? 0}
            status={statusOf(statuses, item.id)}
            zone={zone}
            conflicts={props.conflictsOf(item)}
            error={rowError?.itemId === item.id ? rowError.error : null}
            onAction={props.onAction}
            onGoTo={props.onGoTo}
          />
        ))}
      </ol>
    </section>
  );
}
