// Pairs of double quotation marks in any style (“ ” " " « » „ “), as top-level quoted spans.
//
// A stack pairs openers with closers regardless of style, because translated text mixes them
// (“... closed," the ministry concluded). Single quotes are ignored: they are apostrophes or quotes
// nested inside double ones. Paragraph breaks (blank lines) end every open quote except one that
// opened at the start of its paragraph: that is a quote running over several paragraphs, which
// may or may not re-open at each new paragraph, and it stays open for at most a few paragraphs.

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const MAX_PARAGRAPHS = 8;
/** “ ” " « » „ by char code: the scan tests every character of the text. */
function isQuoteChar(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb || c === 0x201e;
}

interface Open {
  pos: number;
  atParagraphStart: boolean;
  paragraphs: number;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let stack: Open[] = [];
  let paragraphStart = true; // only whitespace since the last blank line
  let lowOpen = false; // a „ is open: “ closes it
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      // Blank line?
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        const bottom = stack[0];
        stack = bottom && bottom.atParagraphStart && bottom.paragraphs < MAX_PARAGRAPHS ? [{ ...bottom, paragraphs: bottom.paragraphs + 1 }] : [];
        if (stack.length === 0) lowOpen = false;
        paragraphStart = true;
        i = j;
      }
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 0xa0) continue;
    // Two apostrophes stand for a double quotation mark in some newspapers' archives (''Yes,'' he said).
    const pair = code === 39 && text[i + 1] === "'" && isDoubleApostrophe(text, i);
    if (!isQuoteChar(code) && !pair) {
      paragraphStart = false;
      continue;
    }
    const c = text[i]!;
    const role = pair ? classifyPair(text, i, stack.length > 0) : classify(text, i, stack.length > 0, lowOpen);
    if (role === 'open') {
      if (paragraphStart && stack.length === 1 && stack[0]!.paragraphs > 0 && sameMark(text, stack[0]!.pos, i)) {
        // A multi-paragraph quote re-opened at the new paragraph: the same quote goes on.
      } else {
        // A paragraph opened by another style of mark starts a new quote: the old one was never closed
        // ("…" paragraphs of a block quote, then a “…” quote).
        if (paragraphStart && stack.length === 1 && stack[0]!.paragraphs > 0) stack = [];
        stack.push({ pos: i, atParagraphStart: paragraphStart && stack.length === 0, paragraphs: 0 });
      }
      if (c === '„') lowOpen = true;
    } else if (role === 'close') {
      const top = stack.pop();
      if (top && stack.length === 0) {
        out.push({ open: top.pos, close: pair ? i + 1 : i });
        lowOpen = false;
      }
    }
    if (pair) i++;
    paragraphStart = false;
  }
  return out;
}

/** Whether the apostrophes at i and i + 1 stand for a double mark: a run of exactly two, or two of a run of three
 * where a nested single quote closes with the double one ("… for Obama,''' Rosenthal wrote": the last two) or
 * opens with it ("'''Tis …": the first two). */
function isDoubleApostrophe(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && text[a - 1] === "'") a--;
  let b = i;
  while (b < text.length && text[b] === "'") b++;
  if (b - a === 2) return true;
  if (b - a !== 3) return false;
  const closing = a > 0 && !/\s/.test(text[a - 1]!);
  return closing ? i === a + 1 : i === a;
}

/** Whether the marks at a and b are the same style (straight, curly, guillemet, two apostrophes). */
function sameMark(text: string, a: number, b: number): boolean {
  const style = (k: number): string => (text[k] === "'" ? "''" : text[k] === '”' ? '“' : text[k]!);
  return style(a) === style(b);
}

/** '' as a double mark: opens before a word, closes after one. */
function classifyPair(text: string, i: number, anyOpen: boolean): 'open' | 'close' | null {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 2 < text.length ? text[i + 2]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(prev) || i === 0;
  const spaceAfter = /[\s.,;:!?)\]]/.test(next) || i + 2 >= text.length;
  if (spaceBefore && !spaceAfter) return anyOpen && /[.,!?]/.test(next) ? 'close' : 'open';
  if (!spaceBefore) return anyOpen ? 'close' : null;
  return anyOpen ? 'close' : null;
}

function classify(text: string, i: number, anyOpen: boolean, lowOpen: boolean): 'open' | 'close' | null {
  const c = text[i]!;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(prev) || i === 0;
  const spaceAfter = /\s/.test(next) || i + 1 >= text.length;
  switch (c) {
    case '«':
    case '„':
      return 'open';
    case '»':
      return 'close';
    case '“':
      if (lowOpen) return 'close';
      // Some translations close with “ ("word“ said); an unspaced “ after a letter with space after closes.
      if (anyOpen && !spaceBefore && spaceAfter) return 'close';
      return 'open';
    case '”':
      // Used as an opener by some sites: after a space, before a letter, with nothing open.
      if (!anyOpen && spaceBefore && !spaceAfter) return 'open';
      return 'close';
    case '"':
      if (spaceBefore && !spaceAfter) return 'open';
      if (!spaceBefore && spaceAfter) return anyOpen ? 'close' : null;
      if (!spaceBefore && !spaceAfter) return anyOpen ? 'close' : /[\p{L}\p{N}]/u.test(prev) ? null : 'open';
      return anyOpen ? 'close' : null;
    default:
      return null;
  }
}
