// What the log composer's typeaheads offer: the incident's systems for `@` and its evidence
// items for `#`, with hints in the UI language. Both arrive through live queries.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidence, useSystems } from '../../data';
import type { EvidenceMentionItem, MentionCandidate } from '../../editor';

export interface Mentionables {
  systems: MentionCandidate[];
  evidence: EvidenceMentionItem[];
}

export function useMentionables(incidentId: string): Mentionables {
  const { t } = useTranslation();
  const systems = useSystems(incidentId);
  const evidence = useEvidence(incidentId);
  const systemOptions = useMemo<MentionCandidate[]>(
    () =>
      (systems ?? []).map((system) => ({
        id: system.id,
        name: system.name,
        hint: [t(`systems:type.${system.type}`), ...system.addresses.slice(0, 2)].join(' · '),
        keywords: [...system.addresses, ...system.tags],
      })),
    [systems, t],
  );
  const evidenceOptions = useMemo<EvidenceMentionItem[]>(
    () =>
      (evidence ?? []).map((item) => ({
        id: item.id,
        number: item.itemNumber,
        description: item.description,
        hint: t(`evidence:types.${item.type}`),
        // The file name and type find an item whose description says neither.
        keywords: [item.originalName, item.type, t(`evidence:types.${item.type}`)],
      })),
    [evidence, t],
  );
  return { systems: systemOptions, evidence: evidenceOptions };
}
