// Whitespace and invisible-character normalisation shared by the HTML and text paths.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Collapses runs of whitespace (incl. no-break spaces) to one space and trims; removes invisible characters. */
export function normalizeInline(s: string): string {
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
