// Sanitized body JSON → React elements, with the editor theme's class names.
// Pure functions (no Lexical, no hooks): the timeline renders thousands of them.
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { isSafeLinkUrl } from '../../../shared/domain/links';
import {
  FORMAT_BOLD,
  FORMAT_CODE,
  FORMAT_ITALIC,
  type BlockJSON,
  type InlineJSON,
  type LeafJSON,
  type ListItemJSON,
  type ListJSON,
  type MentionJSON,
  type TextJSON,
} from '../bodyTypes';
import { mentionRef } from '../mentionRefs';
import { LX } from '../theme';

export type OpenLink = (url: string) => void;
/** Opens something in the notebook an entry points to, e.g. `('system', id)`, `('evidence', id)`. */
export type OpenRef = (type: string, id: string) => void;

/** What clicks in a body can do; `openRef` is optional (mentions are then plain chips). */
export interface BodyActions {
  openLink: OpenLink;
  openRef?: OpenRef | undefined;
}

export function renderBlocks(blocks: readonly BlockJSON[], actions: BodyActions): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, index, actions));
}

function renderBlock(block: BlockJSON, key: number, actions: BodyActions): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p key={key} className={LX.paragraph}>
          {block.children.length > 0 ? renderInline(block.children, actions) : <br />}
        </p>
      );
    case 'code':
      return (
        <pre key={key} className={LX.codeBlock}>
          <code>{renderInline(block.children, actions)}</code>
        </pre>
      );
    case 'list':
      return renderList(block, key, actions);
  }
}

function renderList(list: ListJSON, key: number, actions: BodyActions): ReactNode {
  const items = list.children.map((item, index) => renderListItem(item, index, list.listType === 'number', actions));
  return list.listType === 'number' ? (
    <ol key={key} className={LX.ol} start={list.start !== 1 ? list.start : undefined}>
      {items}
    </ol>
  ) : (
    <ul key={key} className={LX.ul}>
      {items}
    </ul>
  );
}

function renderListItem(item: ListItemJSON, key: number, numbered: boolean, actions: BodyActions): ReactNode {
  const [first] = item.children;
  // Lexical numbers explicitly: wrappers of nested lists do not count.
  const value = numbered ? item.value : undefined;
  if (first?.type === 'list') {
    return (
      <li key={key} className={`${LX.listItem} ${LX.nestedListItem}`} value={value}>
        {renderList(first, 0, actions)}
      </li>
    );
  }
  return (
    <li key={key} className={LX.listItem} value={value}>
      {renderInline(item.children as InlineJSON[], actions)}
    </li>
  );
}

export function renderInline(nodes: readonly InlineJSON[], actions: BodyActions): ReactNode[] {
  return nodes.map((node, index) =>
    node.type === 'link'
      ? renderLink(node.url, node.title, node.children, index, actions.openLink)
      : node.type === 'system-mention' || node.type === 'evidence-mention'
        ? renderMention(node, index, actions.openRef)
        : renderLeaf(node, index),
  );
}

/** A chip; with `openRef` it is a keyboard-reachable link to the system's page or the evidence item. */
function renderMention(node: MentionJSON, key: number, openRef: OpenRef | undefined): ReactNode {
  const ref = mentionRef(node);
  const chip = node.type === 'evidence-mention' ? `${LX.mention} ${LX.evidenceMention}` : LX.mention;
  const data = { [`data-${ref.type}-id`]: ref.id }; // data-system-id, data-evidence-id
  if (!openRef) {
    return (
      <span key={key} className={chip} {...data}>
        {node.text}
      </span>
    );
  }
  const open = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    event.stopPropagation();
    openRef(ref.type, ref.id);
  };
  return (
    <span
      key={key}
      className={`${chip} ${LX.mentionLink}`}
      {...data}
      role="link"
      tabIndex={0}
      onClick={open}
      onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && open(event)}
    >
      {node.text}
    </span>
  );
}

function renderLink(url: string, title: string | null, children: LeafJSON[], key: number, openLink: OpenLink): ReactNode {
  const content = children.map(renderLeaf);
  if (!isSafeLinkUrl(url)) return <span key={key}>{content}</span>;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault(); // never navigate the app window; the app opens the system browser
    openLink(url);
  };
  return (
    <a key={key} className={LX.link} href={url} title={title ?? undefined} rel="noopener noreferrer" onClick={open} onAuxClick={(event) => event.preventDefault()}>
      {content}
    </a>
  );
}

function renderLeaf(node: LeafJSON, key: number): ReactNode {
  if (node.type === 'linebreak') return <br key={key} />;
  if (node.type === 'tab') return <span key={key}>{'\t'}</span>;
  return renderText(node, key);
}

function renderText(node: TextJSON, key: number): ReactNode {
  let content: ReactNode = node.text;
  if (node.format & FORMAT_ITALIC) content = <em className={LX.italic}>{content}</em>;
  if (node.format & FORMAT_BOLD) content = <strong className={LX.bold}>{content}</strong>;
  if (node.format & FORMAT_CODE) content = <code className={LX.code}>{content}</code>;
  return <span key={key}>{content}</span>;
}

/** Fallback for entries without a usable body: paragraphs split like Lexical's text content. */
export function renderPlainText(text: string): ReactNode[] {
  return text.split('\n\n').map((paragraph, index) => (
    <p key={index} className={LX.paragraph}>
      {paragraph === '' ? <br /> : paragraph.split('\n').flatMap((line, lineIndex) => (lineIndex > 0 ? [<br key={`b${lineIndex}`} />, line] : [line]))}
    </p>
  ));
}
