// The `@` system mention: a token text node (deleted and selected as one piece)
// that carries the id of the system it names. Serialized as `system-mention` with
// `systemId` and `text`; sanitizeInline.ts keeps it, BodyView shows it as a chip.
import {
  $applyNodeReplacement,
  addClassNamesToElement,
  nodeSchema,
  stringValue,
  TextNode,
  withAccessors,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedPartial,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { LX } from '../../theme';

export const SYSTEM_MENTION_TYPE = 'system-mention';

export type SerializedSystemMentionNode = Spread<{ systemId: string }, SerializedTextNode>;

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
export class SystemMentionNode extends TextNode {
  /** @internal */
  __systemId: string;

  constructor(systemId = '', name = '', key?: NodeKey) {
    super(name, key);
    this.__systemId = systemId;
  }

  $config() {
    return this.config(SYSTEM_MENTION_TYPE, { extends: TextNode, json: systemMentionSchema });
  }

  getSystemId(): string {
    return this.getLatest().__systemId;
  }

  setSystemId(systemId: string): this {
    const self = this.getWritable();
    self.__systemId = systemId;
    return self;
  }

  createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    addClassNamesToElement(element, LX.mention);
    element.dataset.systemId = this.__systemId;
    return element;
  }

  canInsertTextBefore(): false {
    return false;
  }

  canInsertTextAfter(): false {
    return false;
  }

  isTextEntity(): true {
    return true;
  }
}

export function $createSystemMentionNode(systemId: string, name: string): SystemMentionNode {
  // Token mode: one unit for the caret, selection and delete.
  return $applyNodeReplacement(new SystemMentionNode(systemId, name).setMode('token'));
}

export function $isSystemMentionNode(node: LexicalNode | null | undefined): node is SystemMentionNode {
  return node instanceof SystemMentionNode;
}
