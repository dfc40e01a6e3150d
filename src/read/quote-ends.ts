// Tests on how a stretch of text ends ("…, according to", "…, he said"), read backwards from its end.
//
// The patterns ask whether a sentence's text before a cue ends in a comma, a colon or a letter and white space.
// As `$`-anchored regular expressions (`,\s*$`) they scan the whole prefix from its start, once per cue: on a
// sentence of a hundred thousand characters with a cue every few words that is quadratic. Read backwards, a test
// costs only the white space it steps over.

/** Whether the code unit `c` is white space as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of text[from, to) without its trailing white space (`from` when it is all white space). */
export function endBeforeSpace(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The offset of the mark (`,` `:` …, by char code) ending text[from, to) before white space, or -1: `,\s*$`. */
export function markAtEnd(text: string, from: number, to: number, mark: number): number {
  const e = endBeforeSpace(text, from, to);
  return e > from && text.charCodeAt(e - 1) === mark ? e - 1 : -1;
}

/** Whether text[from, to) ends with a comma, then an optional closing quotation mark (" or ”), then white
 * space: `,["”]?\s*$`. */
export function commaQuoteAtEnd(text: string, from: number, to: number): boolean {
  const e = endBeforeSpace(text, from, to);
  if (e <= from) return false;
  const c = text.charCodeAt(e - 1);
  if (c === 44) return true;
  return (c === 34 || c === 0x201d) && e - 1 > from && text.charCodeAt(e - 2) === 44;
}

/** Whether text[from, to) ends with a letter and at least one white-space character: `\p{L}\s+$`. */
export function letterThenSpaceAtEnd(text: string, from: number, to: number): boolean {
  const e = endBeforeSpace(text, from, to);
  // The last code point may be a surrogate pair: read the two code units before the white space.
  return e < to && e > from && /\p{L}$/u.test(text.slice(Math.max(from, e - 2), e));
}
