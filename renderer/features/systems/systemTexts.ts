// The log texts system changes write, in the UI language at the moment of writing
// (the log records what the responder saw), and the labels they are made of.
import { useTranslation } from 'react-i18next';
import type { ContainmentMethod, ContainmentState, IncidentSystem, SystemDetails, SystemFlag } from '../../../shared/domain/system';
import { changedFields, type DetailField } from './systemDraft';

export function useSystemTexts() {
  const { t } = useTranslation('systems');
  const type = (value: SystemDetails['type']) => t(`type.${value}`);
  const state = (value: ContainmentState) => t(`state.${value}`);
  const method = (value: ContainmentMethod) => t(`method.${value}`);
  const flag = (value: SystemFlag) => t(`flag.${value}`);
  const criticality = (value: SystemDetails['criticality']) => t(`criticality.${value}`);
  const none = t('logText.none');

  const fieldValue = (details: SystemDetails, field: DetailField): string => {
    if (field === 'type') return type(details.type);
    if (field === 'criticality') return criticality(details.criticality);
    if (field === 'addresses') return details.addresses.join(', ') || none;
    if (field === 'tags') return details.tags.map((tag) => `#${tag}`).join(' ') || none;
    return details[field] || none;
  };

  return {
    type,
    state,
    method,
    flag,
    criticality,

    added: (details: SystemDetails): string => t('logText.added', { name: details.name, type: type(details.type) }),

    details(before: SystemDetails, after: SystemDetails): string {
      const changes = changedFields(before, after).map((field) =>
        field === 'notes'
          ? t('logText.notesChanged')
          : t('logText.change', { field: t(`fields.${field}`), from: fieldValue(before, field), to: fieldValue(after, field) }),
      );
      return t('logText.details', { name: before.name, changes: changes.join(t('logText.separator')) });
    },

    transition(system: IncidentSystem, to: ContainmentState, how: ContainmentMethod, detail: string): string {
      const trimmed = detail.trim();
      const values = { name: system.name, from: state(system.state), to: state(to), method: method(how), detail: trimmed };
      return trimmed ? t('logText.transition', values) : t('logText.transitionNoDetail', values);
    },

    flagChange(system: IncidentSystem, which: SystemFlag, value: boolean, detail: string): string {
      const trimmed = detail.trim();
      const key = value ? 'flagSet' : 'flagCleared';
      const values = { name: system.name, flag: flag(which), detail: trimmed };
      return trimmed ? t(`logText.${key}`, values) : t(`logText.${key}NoDetail`, values);
    },
  };
}

export type SystemTexts = ReturnType<typeof useSystemTexts>;
