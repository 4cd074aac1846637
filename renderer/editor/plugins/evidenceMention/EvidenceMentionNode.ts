// The `#` evidence mention: a MentionNode carrying the evidence item's id and number.
// Serialized as `evidence-mention` with `itemId`, `itemNumber` and `text` (the chip's
// label, `#3 Ransom note …`); sanitizeInline.ts checks all three, BodyView shows a chip.
import { nodeSchema, numberValue, withField, type LexicalNode, type LexicalParseJSON, type NodeKey, type SerializedPartial } from 'lexical';
import type { EntryRef } from '../../../../shared/domain/logEntry';
import { LX } from '../../theme';
import { $tokenMention, MentionNode, mentionRefId, type SerializedMention } from '../mention/MentionNode';

export const EVIDENCE_MENTION_TYPE = 'evidence-mention';

export type SerializedEvidenceMentionNode = SerializedMention<{ itemId: string; itemNumber: number }>;

const evidenceMentionSchema = nodeSchema<EvidenceMentionNode>()({
  itemId: mentionRefId(),
  itemNumber: withField(numberValue(), { field: '__itemNumber' }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the pattern Lexical's own nodes use to type exportJSON
export interface EvidenceMentionNode {
  exportJSON(compact?: false): SerializedEvidenceMentionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedEvidenceMentionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedEvidenceMentionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class EvidenceMentionNode extends MentionNode {
  /** @internal */
  __itemNumber: number;

  constructor(itemId = '', itemNumber = 0, label = '', key?: NodeKey) {
    super(itemId, label, key);
    this.__itemNumber = itemNumber;
  }

  $config() {
    return this.config(EVIDENCE_MENTION_TYPE, { extends: MentionNode, json: evidenceMentionSchema });
  }

  protected refType(): EntryRef['type'] {
    return 'evidence';
  }

  protected chipClass(): string {
    return LX.evidenceMention;
  }
}

export function $createEvidenceMentionNode(itemId: string, itemNumber: number, label: string): EvidenceMentionNode {
  return $tokenMention(new EvidenceMentionNode(itemId, itemNumber, label));
}

export function $isEvidenceMentionNode(node: LexicalNode | null | undefined): node is EvidenceMentionNode {
  return node instanceof EvidenceMentionNode;
}
