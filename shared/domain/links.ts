// Which links a log entry may carry. Anything else (javascript:, data:, file:,
// vbscript:, app-relative paths …) is stripped by the editor and refused by main.
const ALLOWED = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+)$/i;
// Control characters and whitespace inside a URL are how scheme filters get fooled.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\s]/u;

export function isSafeLinkUrl(url: string): boolean {
  return url.length <= 2048 && !CONTROL.test(url) && ALLOWED.test(url);
}
