// The `@` system mention: a MentionNode carrying the id of the system it names.
// Serialized as `system-mention` with `systemId` and `text` (the name as picked);
// sanitizeInline.ts keeps it, BodyView shows it as a chip.
import {
  nodeSchema,
  stringValue,
  withAccessors,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedPartial,
} from 'lexical';
import type { EntryRef } from '../../../../shared/domain/logEntry';
import { $tokenMention, MentionNode, type SerializedMention } from '../mention/MentionNode';

export const SYSTEM_MENTION_TYPE = 'system-mention';

export type SerializedSystemMentionNode = SerializedMention<{ systemId: string }>;

const systemMentionSchema = nodeSchema<SystemMentionNode>()({
  systemId: withAccessors(stringValue(), { getter: { field: '__systemId' } }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the pattern Lexical's own nodes use to type exportJSON
export interface SystemMentionNode {
  exportJSON(compact?: false): SerializedSystemMentionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSystemMentionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSystemMentionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SystemMentionNode extends MentionNode {
  /** @internal */
  __systemId: string;

  constructor(systemId = '', name = '', key?: NodeKey) {
    super(name, key);
    this.__systemId = systemId;
  }

  $config() {
    return this.config(SYSTEM_MENTION_TYPE, { extends: MentionNode, json: systemMentionSchema });
  }

  getSystemId(): string {
    return this.getLatest().__systemId;
  }

  setSystemId(systemId: string): this {
    const self = this.getWritable();
    self.__systemId = systemId;
    return self;
  }

  refOf(): EntryRef {
    return { type: 'system', id: this.__systemId };
  }
}

export function $createSystemMentionNode(systemId: string, name: string): SystemMentionNode {
  return $tokenMention(new SystemMentionNode(systemId, name));
}

export function $isSystemMentionNode(node: LexicalNode | null | undefined): node is SystemMentionNode {
  return node instanceof SystemMentionNode;
}
