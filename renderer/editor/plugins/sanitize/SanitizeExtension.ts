// The sanitizer as a Lexical extension, so it is registered before the initial
// body is loaded and cannot be left out of a composer by mistake.
import { defineExtension } from 'lexical';
import { registerSanitizer } from './registerSanitizer';

export const SanitizeExtension = defineExtension({
  name: '@lantern/editor/sanitize',
  register: (editor) => registerSanitizer(editor),
});
