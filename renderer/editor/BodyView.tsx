// Read-only rendering of a stored entry body as plain React elements: no Lexical
// instance (the timeline shows up to 100,000 entries) and no innerHTML. Links open
// through onOpenLink, never by navigating; anything unsafe is shown as text. Mentions
// (systems, evidence items) are chips, links to what they name when onOpenRef is given.
import { useMemo } from 'react';
import type { RichBody } from '../../shared/domain/logEntry';
import { renderBlocks, renderPlainText, type OpenRef } from './bodyView/renderBody';
import { parseBody, plainTextOf } from './sanitize';
import { LX } from './theme';
import './editor.css';

export interface BodyViewProps {
  body: RichBody | null | undefined;
  /** The entry's plain text; shown instead of a missing or malformed body. */
  text: string;
  /** Called with a safe (http, https, mailto) URL when a link is clicked. */
  onOpenLink(url: string): void;
  /** Called with `('system', id)` or `('evidence', id)` when a mention is clicked; without it mentions are plain chips. */
  onOpenRef?: OpenRef | undefined;
  className?: string;
}

export function BodyView({ body, text, onOpenLink, onOpenRef, className }: BodyViewProps) {
  const sanitized = useMemo(() => {
    const parsed = body ? parseBody(body) : null;
    // A body that sanitizes to nothing while the text says otherwise is not trusted.
    return parsed && (text.trim() === '' || plainTextOf(parsed).trim() !== '') ? parsed : null;
  }, [body, text]);

  return (
    <div className={className ? `${LX.content} lx-body ${className}` : `${LX.content} lx-body`}>
      {sanitized ? renderBlocks(sanitized.root.children, { openLink: onOpenLink, openRef: onOpenRef }) : renderPlainText(text)}
    </div>
  );
}
