// The words bulk add accepts for a type or a criticality: the stored values and
// their English and Japanese labels, whatever the UI language is at the moment.
import { CRITICALITIES, SYSTEM_TYPES } from '../../../shared/domain/system';
import { i18next } from '../../i18n';
import type { BulkAliases } from './bulkParse';
import type { Criticality, SystemType } from './systemDraft';

const LANGUAGES = ['en', 'ja'] as const;

function aliasMap<T extends string>(values: readonly T[], labelKey: (value: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(value, value);
    map.set(value.replace(/-/g, ' '), value);
    for (const language of LANGUAGES) map.set(i18next.getFixedT(language, 'systems')(labelKey(value)).toLocaleLowerCase(), value);
  }
  return map;
}

export const bulkAliases = (): BulkAliases => ({
  types: aliasMap<SystemType>(SYSTEM_TYPES, (type) => `type.${type}`),
  criticalities: aliasMap<Criticality>(CRITICALITIES, (criticality) => `criticality.${criticality}`),
});
