// Base of the editor's mentions (`@` system, `#` evidence item): a token text node that
// names one thing in the notebook by id. Token mode makes the caret, selection and Delete
// treat it as one piece, and typing beside it never extends it. The base holds the id;
// subclasses say which entry ref it is and under which name their JSON carries it (and
// any fields of their own); the sanitizer checks those fields.
import {
  $applyNodeReplacement,
  addClassNamesToElement,
  stringValue,
  TextNode,
  withField,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import type { EntryRef } from '../../../../shared/domain/logEntry';
import { LX } from '../../theme';

/** A mention's JSON: a token text node's, plus the subclass's id fields. */
export type SerializedMention<Fields> = Spread<Fields, SerializedTextNode>;

/**
 * A subclass's schema entry for the id (`systemId: mentionRefId()`): serialized under the
 * subclass's name, read and written straight from the base's field, and copied with it
 * when Lexical clones the node.
 */
export const mentionRefId = () => withField(stringValue(), { field: '__refId' });

/**
 * Abstract in all but name: Lexical's config types refuse an abstract class in `extends`,
 * so refType() throws here and every registered subclass overrides it.
 */
export class MentionNode extends TextNode {
  /** @internal The id of what is named: a system's, an evidence item's. */
  __refId: string;

  constructor(refId = '', label = '', key?: NodeKey) {
    super(label, key);
    this.__refId = refId;
  }

  // A base with no node type of its own is keyed by a symbol, as Lexical's ElementNode is.
  $config() {
    return this.config(Symbol.for('MentionNode'), { extends: TextNode });
  }

  /** Which kind of thing this mention names. */
  protected refType(): EntryRef['type'] {
    throw new Error(`${this.constructor.name} must say which ref it stands for`);
  }

  /** The entry ref this mention stands for. */
  refOf(): EntryRef {
    return { type: this.refType(), id: this.__refId };
  }

  /** A class besides `lx-mention` for this kind's chip, if any. */
  protected chipClass(): string | undefined {
    return undefined;
  }

  createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    addClassNamesToElement(element, LX.mention, this.chipClass());
    const ref = this.refOf();
    element.dataset[`${ref.type}Id`] = ref.id; // data-system-id, data-evidence-id
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

/** Makes a freshly built mention a token and lets node replacements apply. */
export function $tokenMention<N extends MentionNode>(node: N): N {
  return $applyNodeReplacement(node.setMode('token'));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
