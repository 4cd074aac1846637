// Tags as typed ("vpn, FS01  #ad；wms") → ["vpn", "fs01", "ad", "wms"]: lower case,
// no leading #, no duplicates. Nothing is dropped here: a tag the schema refuses
// (too long, too many) is for the caller to report, never to lose quietly.
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 32;

export function splitTags(input: string): string[] {
  const tags = input
    .split(/[\s,;、，；]+/u)
    .map((tag) => tag.replace(/^#+/, '').toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The form error for tags the log would refuse, or null. */
export const tagProblem = (tags: readonly string[]): 'form.tagTooLong' | 'form.tooManyTags' | null =>
  tags.some((tag) => tag.length > MAX_TAG_LENGTH) ? 'form.tagTooLong' : tags.length > MAX_TAGS ? 'form.tooManyTags' : null;
