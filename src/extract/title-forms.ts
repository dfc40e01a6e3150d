// The written form of a headline when the page shows it altered: typography a template's filter added,
// characters lost to a wrong encoding, full-width punctuation in a Latin-script title.

// Curly quotes, dashes and an ellipsis that render filters (WordPress's wptexturize, "smartypants") put in
// place of what the author typed: ' " -- ... . A single hyphen is left alone: " - " and " – " are both
// written by hand.
const TYPOGRAPHIC = /[‘’‚‛“”„–—…]/;

/** The text with typographic quotes, dashes and ellipses written plainly, for comparing two forms. */
function plainTypography(s: string): string {
  return s
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s*(?:—|–|--+)\s*/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The headline as the author typed it. A template's typography filter curls the quotes of the headline it
 * renders, while the meta title and the <title> carry the text as stored: when both of them give the same
 * text, differing from the headline only in typography and with none of its own, that text is the written one.
 * One source alone is not enough (an og:title may be retyped for social media).
 */
export function typedAsDeclared(headline: string, declared: readonly (string | null | undefined)[]): string {
  if (!TYPOGRAPHIC.test(headline)) return headline;
  const given = declared.filter((d): d is string => !!d);
  const first = given[0];
  if (given.length < 2 || first === undefined || given.some((d) => d !== first) || TYPOGRAPHIC.test(first) || first === headline) return headline;
  return plainTypography(first) === plainTypography(headline) ? first : headline;
}

// A character a wrong decoding replaced: "?" (encoders' substitute) or U+FFFD. "Beginner? Guide" against
// "Beginner's Guide": the question mark stands inside the text, where a sentence does not end.
const LOST = /[?\ufffd](?=\s*\p{L})/u;

/**
 * The declared title when the headline is the same text with characters lost to a wrong decoding ("What Are
 * The Basics Of Event Planning? Beginner? Guide" against "…Planning: Beginner's Guide"); else the headline.
 * Each lost character stands for one punctuation mark, optionally with the letter after it ("'s"); at least
 * one must have swallowed a letter, inside a word: "Is It Safe? Experts Disagree" against "Is It Safe:
 * Experts Disagree" is a question the meta title rephrased, not a lost character.
 */
export function restoreLostCharacters(headline: string, declared: string | null): string {
  if (!declared || !LOST.test(headline) || /[?\ufffd]/.test(declared)) return headline;
  const pattern = headline
    .split(/([?\ufffd])/)
    .map((part) => (part === '?' || part === '\ufffd' ? "([^\\s\\p{L}\\p{N}]\\p{Ll}?)" : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const m = new RegExp(`^${pattern}$`, 'u').exec(declared);
  return m && m.slice(1).some((lost) => lost.length > 1) ? declared : headline;
}

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Full-width punctuation and letters ("Work？") in a title of Latin script are input-method leftovers; they
 * are written as their ASCII forms. Chinese, Japanese and Korean titles keep them.
 */
export function asciiPunctuation(title: string): string {
  if (!/[\uff01-\uff5e]/.test(title) || EAST_ASIAN.test(title)) return title;
  return title.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
