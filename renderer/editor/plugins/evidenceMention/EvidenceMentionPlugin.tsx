// `#` in the composer opens a list of the incident's evidence items (MentionTypeahead); the
// pick becomes an EvidenceMentionNode, which gives the entry an `evidence` ref. `#` followed
// by a word that names no item ("#hashtag") stays text, with no menu in the way; without
// items, `#` or `#3` says where items come from.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTypeahead } from '../mention/MentionTypeahead';
import { $createEvidenceMentionNode } from './EvidenceMentionNode';
import { evidenceCandidate, evidenceTrigger, isNumberQuery, matchEvidence, type EvidenceCandidate, type EvidenceMentionItem } from './evidenceMatch';

export interface EvidenceMentionPluginProps {
  /** The incident's evidence items, in item-number order. */
  items: readonly EvidenceMentionItem[];
}

const $createMention = (item: EvidenceCandidate) => $createEvidenceMentionNode(item.id, item.number, item.label);

export function EvidenceMentionPlugin({ items }: EvidenceMentionPluginProps) {
  const { t } = useTranslation('editor');
  const candidates = useMemo(() => items.map(evidenceCandidate), [items]);
  const match = useCallback((query: string) => matchEvidence(candidates, query), [candidates]);
  const trigger = useCallback(
    (text: string) => {
      const found = evidenceTrigger(text);
      if (!found) return null;
      return isNumberQuery(found.matchingString) || matchEvidence(candidates, found.matchingString).length > 0 ? found : null;
    },
    [candidates],
  );
  return (
    <MentionTypeahead
      trigger={trigger}
      match={match}
      $createMention={$createMention}
      menuLabel={t('evidenceMention.menuLabel')}
      emptyText={(query) => (candidates.length === 0 ? t('evidenceMention.noItems') : t('evidenceMention.noMatch', { query }))}
    />
  );
}
