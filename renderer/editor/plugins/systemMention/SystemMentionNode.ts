// The `@` system mention: a MentionNode carrying the id of the system it names.
// Serialized as `system-mention` with `systemId` and `text` (the name as picked);
// sanitizeInline.ts keeps it, BodyView shows it as a chip.
import { nodeSchema, type LexicalNode, type LexicalParseJSON, type SerializedPartial } from 'lexical';
import type { EntryRef } from '../../../../shared/domain/logEntry';
import { $tokenMention, MentionNode, mentionRefId, type SerializedMention } from '../mention/MentionNode';

export const SYSTEM_MENTION_TYPE = 'system-mention';

export type SerializedSystemMentionNode = SerializedMention<{ systemId: string }>;

const systemMentionSchema = nodeSchema<SystemMentionNode>()({
  systemId: mentionRefId(),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the pattern Lexical's own nodes use to type exportJSON
export interface SystemMentionNode {
  exportJSON(compact?: false): SerializedSystemMentionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSystemMentionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSystemMentionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SystemMentionNode extends MentionNode {
  $config() {
    return this.config(SYSTEM_MENTION_TYPE, { extends: MentionNode, json: systemMentionSchema });
  }

  protected refType(): EntryRef['type'] {
    return 'system';
  }
}

export function $createSystemMentionNode(systemId: string, name: string): SystemMentionNode {
  return $tokenMention(new SystemMentionNode(systemId, name));
}

export function $isSystemMentionNode(node: LexicalNode | null | undefined): node is SystemMentionNode {
  return node instanceof SystemMentionNode;
}
