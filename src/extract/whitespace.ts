// Whitespace and invisible-character normalisation shared by the HTML and text paths.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Anything `normalizeInline` would change besides the ends: an invisible or non-space white-space character, or two spaces. */
const UNTIDY = /[\t\n\v\f\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** Collapses runs of whitespace (incl. no-break spaces) to one space and trims; removes invisible characters. */
export function normalizeInline(s: string): string {
  // Most lines are already tidy: one test instead of rebuilding the string at every space.
  if (!UNTIDY.test(s)) return s.trim();
  return s.replace(INVISIBLE, '').replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Joins non-empty blocks as paragraphs separated by one blank line. */
export function joinParagraphs(blocks: readonly string[]): string {
  return blocks.map(normalizeInline).filter((b) => b.length > 0).join('\n\n');
}

/** Splits a text into its paragraphs (blank-line separated), normalised. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(normalizeInline).filter((p) => p.length > 0);
}
