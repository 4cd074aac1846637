// What checklists say, in the UI language of the moment: template texts through
// localized(), run targets, and the log texts each change writes (the log keeps
// the words the responder saw, not a translation key).
import { useTranslation } from 'react-i18next';
import type { ChecklistRun, ItemAction } from '../../../shared/domain/checklistRun';
import type { LocalizedText } from '../../../shared/domain/localized';
import { localized } from '../../../shared/domain/localized';
import type { IncidentSystem } from '../../../shared/domain/system';

/** Names systems by id; undefined while systems load. */
export type SystemNames = ReadonlyMap<string, string>;

export const systemNames = (systems: readonly IncidentSystem[] | undefined): SystemNames =>
  new Map((systems ?? []).map((system) => [system.id, system.name]));

export interface ChangeTextInput {
  run: ChecklistRun;
  itemText: LocalizedText;
  action: ItemAction;
  reason: string;
  note: string;
}

export function useChecklistTexts() {
  const { t, i18n } = useTranslation('checklists');
  const language = i18n.language;
  const text = (value: LocalizedText) => localized(value, language);
  const target = (run: ChecklistRun, names: SystemNames): string =>
    run.systemId === null ? t('target.incident') : (names.get(run.systemId) ?? t('target.unknownSystem'));
  return {
    text,
    target,
    runTitle: (run: ChecklistRun) => text(run.template.title),
    startedText: (checklist: LocalizedText, systemName: string | null) =>
      t('logText.started', { checklist: text(checklist), target: systemName ?? t('logText.targetIncident') }),
    changeText(input: ChangeTextInput, names: SystemNames): string {
      const where = t('logText.where', {
        target: input.run.systemId === null ? t('logText.targetIncident') : target(input.run, names),
        checklist: text(input.run.template.title),
      });
      return t(`logText.${input.action}`, { item: text(input.itemText), where, reason: input.reason.trim(), note: input.note.trim() });
    },
  };
}

/**
 * Error messages for checklist codes, from this feature's namespace first, then
 * the app's shared error texts (errors:<code>) for everything else.
 */
