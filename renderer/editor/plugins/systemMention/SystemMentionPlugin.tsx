// `@` in the composer opens a list of the incident's systems (MentionTypeahead); the
// pick becomes a SystemMentionNode, which the entry's refs are later derived from
// (mentionRefsOf). Without systems `@` is plain text.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionTypeahead } from '../mention/MentionTypeahead';
import type { MentionCandidate } from '../mention/mentionMatch';
import { $createSystemMentionNode } from './SystemMentionNode';
import { matchSystems, systemTrigger } from './systemMatch';

export interface SystemMentionPluginProps {
  /** The systems that can be mentioned (the incident's); none means `@` is plain text. */
  systems: readonly MentionCandidate[];
}

const $createMention = (system: MentionCandidate) => $createSystemMentionNode(system.id, system.name);

export function SystemMentionPlugin({ systems }: SystemMentionPluginProps) {
  const { t } = useTranslation('editor');
  const trigger = useCallback((text: string) => (systems.length > 0 ? systemTrigger(text) : null), [systems.length]);
  const match = useCallback((query: string) => matchSystems(systems, query), [systems]);
  return (
    <MentionTypeahead
      trigger={trigger}
      match={match}
      $createMention={$createMention}
      menuLabel={t('mention.menuLabel')}
      emptyText={(query) => t('mention.noMatch', { query })}
    />
  );
}
