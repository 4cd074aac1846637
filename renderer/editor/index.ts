// Public API of the entry editor: the composer, the read-only body view, and the
// pure sanitizer used on save and import. Everything else here is internal.
export { Composer, type ComposerHandle, type ComposerProps } from './Composer';
export type { ComposerValue } from './composerValue';
export { composerValueOf } from './composerValue';
export { BodyView, type BodyViewProps } from './BodyView';
export type { OpenRef } from './bodyView/renderBody';
export { emptyBody, parseBody, plainTextOf, sanitizeBody } from './sanitize';
export type { SanitizedBody } from './bodyTypes';
export { EDITOR_NAMESPACE, EDITOR_NODES } from './nodes';
export { editorTheme } from './theme';
export { defineComposerExtension } from './composerExtension';
export { registerSanitizer } from './plugins/sanitize/registerSanitizer';
export { SanitizeExtension } from './plugins/sanitize/SanitizeExtension';
export { SystemMentionPlugin, type SystemMentionPluginProps } from './plugins/systemMention/SystemMentionPlugin';
export type { MentionCandidate } from './plugins/mention/mentionMatch';
export { $isMentionNode, MentionNode } from './plugins/mention/MentionNode';
export { $createSystemMentionNode, $isSystemMentionNode, SystemMentionNode } from './plugins/systemMention/SystemMentionNode';
export { EvidenceMentionPlugin, type EvidenceMentionPluginProps } from './plugins/evidenceMention/EvidenceMentionPlugin';
export type { EvidenceMentionItem } from './plugins/evidenceMention/evidenceMatch';
export { $createEvidenceMentionNode, $isEvidenceMentionNode, EvidenceMentionNode } from './plugins/evidenceMention/EvidenceMentionNode';
export { mentionRefsOf, systemRefsOf } from './mentionRefs';
