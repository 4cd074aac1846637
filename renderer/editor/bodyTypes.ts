// The serialized shapes a sanitized entry body may contain: a strict subset of
// Lexical's exportJSON() output. sanitizeBody() produces them; BodyView reads them.
// Type aliases (not interfaces) so they stay assignable to the loose RichBody type.

/** Text format bits we keep (Lexical's IS_BOLD | IS_ITALIC | IS_CODE). */
export const FORMAT_BOLD = 1;
export const FORMAT_ITALIC = 2;
export const FORMAT_CODE = 16;
export const ALLOWED_TEXT_FORMAT = FORMAT_BOLD | FORMAT_ITALIC | FORMAT_CODE;

export type TextMode = 'normal' | 'token' | 'segmented';
export type Direction = 'ltr' | 'rtl' | null;

export type TextJSON = {
  type: 'text';
  text: string;
  format: number;
  detail: number;
  mode: TextMode;
  style: '';
  version: 1;
};
export type TabJSON = {
  type: 'tab';
  text: '\t';
  format: 0;
  detail: 2;
  mode: 'normal';
  style: '';
  version: 1;
};
export type LineBreakJSON = { type: 'linebreak'; version: 1 };
export type LeafJSON = TextJSON | TabJSON | LineBreakJSON;

type ElementBase = { direction: Direction; format: ''; indent: number; version: 1 };

export type LinkJSON = ElementBase & {
  type: 'link';
  url: string;
  rel: null;
  target: null;
  title: string | null;
  children: LeafJSON[];
};
/** What every mention's JSON holds besides its own id fields: a token text node's (MentionNode). */
type TokenMentionJSON<Type extends string> = {
  type: Type;
  text: string;
  format: number;
  detail: 0;
  mode: 'token';
  style: '';
  version: 1;
};
/** An `@` mention of a system on the board (SystemMentionNode); `text` is the name as picked. */
export type SystemMentionJSON = TokenMentionJSON<'system-mention'> & { systemId: string };
/** A `#` reference to an evidence item (EvidenceMentionNode); `text` is the chip's label, `#3 …`. */
export type EvidenceMentionJSON = TokenMentionJSON<'evidence-mention'> & { itemId: string; itemNumber: number };
export type MentionJSON = SystemMentionJSON | EvidenceMentionJSON;
export const MENTION_TYPES: ReadonlySet<unknown> = new Set<MentionJSON['type']>(['system-mention', 'evidence-mention']);
export type InlineJSON = LeafJSON | LinkJSON | MentionJSON;

export type ParagraphJSON = ElementBase & {
  type: 'paragraph';
  textFormat: number;
  textStyle: '';
  children: InlineJSON[];
};
export type CodeJSON = ElementBase & { type: 'code'; children: LeafJSON[] };
export type ListType = 'bullet' | 'number';
export type ListJSON = ElementBase & {
  type: 'list';
  listType: ListType;
  start: number;
  tag: 'ul' | 'ol';
  children: ListItemJSON[];
};
/** Either inline content, or exactly one nested list (Lexical's canonical nesting). */
export type ListItemJSON = ElementBase & {
  type: 'listitem';
  value: number;
  children: InlineJSON[] | [ListJSON];
};
export type BlockJSON = ParagraphJSON | ListJSON | CodeJSON;

export type RootJSON = ElementBase & { type: 'root'; children: BlockJSON[] };
export type SanitizedBody = { root: RootJSON };
