// The selected run: header with overall progress, then each phase with its items.
// Done is one click (or Space); the other actions ask for a reason or a note.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf, statusOf, type ItemAction } from '../../../shared/domain/checklistRun';
import { templateItems, type TemplateItem } from '../../../shared/domain/checklistTemplate';
import { notebook, type RunWithStatus } from '../../data';
import { ItemActionDialog, type ItemActionRequest } from './ItemActionDialog';
import { PhaseSection } from './PhaseSection';
import { RunHeader } from './RunHeader';
import type { ConflictingItem } from './TradeOffCallout';
import { useChecklistTexts, type SystemNames } from './checklistTexts';
import { focusItem } from './itemFocus';

export interface RunViewProps {
  runWithStatus: RunWithStatus;
  names: SystemNames;
  zone: string;
  onOpenSystem(id: string): void;
  onPrint(): void;
}

export function RunView({ runWithStatus, names, zone, onOpenSystem, onPrint }: RunViewProps) {
  const { run, statuses } = runWithStatus;
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const [request, setRequest] = useState<ItemActionRequest | null>(null);
  const [rowError, setRowError] = useState<{ itemId: string; error: unknown } | null>(null);

  const items = useMemo(() => templateItems(run.template), [run.template]);
  const numbers = useMemo(() => new Map(items.map((item, index) => [item.id, index + 1])), [items]);
  const progress = progressOf(
    items.map((item) => item.id),
    statuses,
  );
  const conflictsOf = (item: TemplateItem): ConflictingItem[] =>
    item.conflictsWith.flatMap((id) => {
      const other = items.find((candidate) => candidate.id === id);
      return other ? [{ id, number: numbers.get(id) ?? 0, text: other.text }] : [];
    });

  // A double click must not write twice (the second would be refused anyway).
  const pending = useRef(new Set<string>());
  const markDone = async (item: TemplateItem) => {
    if (pending.current.has(item.id)) return;
    pending.current.add(item.id);
    setRowError(null);
    try {
      await notebook.changeItem({
        runId: run.id,
        itemId: item.id,
        action: 'done',
        reason: '',
        note: '',
        text: texts.changeText({ run, itemText: item.text, action: 'done', reason: '', note: '' }, names),
      });
    } catch (error) {
      setRowError({ itemId: item.id, error });
    } finally {
      pending.current.delete(item.id);
    }
  };
  const onAction = (item: TemplateItem, action: ItemAction) => {
    if (action === 'done') void markDone(item);
    else setRequest({ item, action });
  };
  const onGoTo = (itemId: string) => focusItem(run.id, itemId);

  return (
    <article className="cl-run" aria-label={t('run.label', { title: texts.runTitle(run) })}>
      <RunHeader run={run} progress={progress} names={names} zone={zone} onOpenSystem={onOpenSystem} onPrint={onPrint} />
      {run.template.phases.map((phase) => (
        <PhaseSection
          key={phase.id}
          runId={run.id}
          phase={phase}
          statuses={statuses}
          numbers={numbers}
          conflictsOf={conflictsOf}
          zone={zone}
          rowError={rowError}
          onAction={onAction}
          onGoTo={onGoTo}
        />
      ))}
      {request && (
        <ItemActionDialog
          key={`${request.item.id}:${request.action}`}
          run={run}
          request={request}
          status={statusOf(statuses, request.item.id)}
          names={names}
          onClose={() => setRequest(null)}
        />
      )}
    </article>
  );
}
