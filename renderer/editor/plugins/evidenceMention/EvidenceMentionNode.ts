// The `#` evidence mention: a MentionNode carrying the evidence item's id and number.
// Serialized as `evidence-mention` with `itemId`, `itemNumber` and `text` (the chip's
// label, `#3 Ransom note …`); sanitizeInline.ts checks all three, BodyView shows a chip.
import {
  nodeSchema,
  numberValue,
  stringValue,
  withAccessors,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedPartial,
} from 'lexical';
import type { EntryRef } from '../../../../shared/domain/logEntry';
import { LX } from '../../theme';
import { $tokenMention, MentionNode, type SerializedMention } from '../mention/MentionNode';

export const EVIDENCE_MENTION_TYPE = 'evidence-mention';

export type SerializedEvidenceMentionNode = SerializedMention<{ itemId: string; itemNumber: number }>;

const evidenceMentionSchema = nodeSchema<EvidenceMentionNode>()({
  itemId: withAccessors(stringValue(), { getter: { field: '__itemId' } }),
  itemNumber: withAccessors(numberValue(), { getter: { field: '__itemNumber' } }),
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
  __itemId: string;
  /** @internal */
  __itemNumber: number;

  constructor(itemId = '', itemNumber = 0, label = '', key?: NodeKey) {
    super(label, key);
    this.__itemId = itemId;
    this.__itemNumber = itemNumber;
  }

  $config() {
    return this.config(EVIDENCE_MENTION_TYPE, { extends: MentionNode, json: evidenceMentionSchema });
  }

  getItemId(): string {
    return this.getLatest().__itemId;
  }

  setItemId(itemId: string): this {
    const self = this.getWritable();
    self.__itemId = itemId;
    return self;
  }

  getItemNumber(): number {
    return this.getLatest().__itemNumber;
  }

  setItemNumber(itemNumber: number): this {
    const self = this.getWritable();
    self.__itemNumber = itemNumber;
    return self;
  }

  refOf(): EntryRef {
    return { type: 'evidence', id: this.__itemId };
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
