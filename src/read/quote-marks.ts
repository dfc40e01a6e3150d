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

/** The scan's state: the spans found, the open marks, and the paragraph's progress. */
interface Scan {
  text: string;
  out: QuotedSpan[];
  stack: Open[];
  /** Only white space since the last blank line. */
  paragraphStart: boolean;
  /** A „ is open: “ closes it. */
  lowOpen: boolean;
}

// The scan's loop tests each character and hands the rare ones (line breaks, apostrophes, marks) to small
// functions: V8 then recompiles a small step, not the whole scan, when a text takes a path it had not seen.
export function findQuotedSpans(text: string): QuotedSpan[] {
  const scan: Scan = { text, out: [], stack: [], paragraphStart: true, lowOpen: false };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) i = lineBreak(scan, i);
    else if (code === 32 || code === 9 || code === 13 || code === 0xa0) continue;
    else if (code === 39) i = apostrophe(scan, i);
    else if (isQuoteChar(code)) mark(scan, i, false);
    else scan.paragraphStart = false;
  }
  return scan.out;
}

/** A line break at i: a blank line ends the paragraph and every open quote but one running over paragraphs.
 * Returns where the scan goes on from. */
function lineBreak(scan: Scan, i: number): number {
  const { text } = scan;
  const n = text.length;
  let j = i + 1;
  while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (j >= n || text[j] !== '\n') return i;
  const bottom = scan.stack[0];
  scan.stack = bottom && bottom.atParagraphStart && bottom.paragraphs < MAX_PARAGRAPHS ? [{ pos: bottom.pos, atParagraphStart: bottom.atParagraphStart, paragraphs: bottom.paragraphs + 1 }] : [];
  if (scan.stack.length === 0) scan.lowOpen = false;
  scan.paragraphStart = true;
  return j;
}

/** An apostrophe at i: two of them may stand for a double quotation mark (''Yes,'' he said), as some
 * newspapers' archives write it. Returns the last offset read. */
function apostrophe(scan: Scan, i: number): number {
  const { text } = scan;
  const n = text.length;
  // A run of four or more apostrophes holds no double mark (isDoubleApostrophe): step over it whole, since
  // testing each of its apostrophes would measure the run again each time (quadratic on a page of them).
  if (i + 3 < n && text.charCodeAt(i + 1) === 39 && text.charCodeAt(i + 2) === 39 && text.charCodeAt(i + 3) === 39) {
    while (i + 1 < n && text.charCodeAt(i + 1) === 39) i++;
    scan.paragraphStart = false;
    return i;
  }
  if (text[i + 1] === "'" && isDoubleApostrophe(text, i)) {
    mark(scan, i, true);
    return i + 1;
  }
  scan.paragraphStart = false;
  return i;
}

/** A quotation mark at i (`pair`: two apostrophes): opens or closes a quote. */
function mark(scan: Scan, i: number, pair: boolean): void {
  const { text, stack } = scan;
  const role = pair ? classifyPair(text, i, stack.length > 0) : classify(text, i, stack.length > 0, scan.lowOpen);
  if (role === 'open') {
    if (scan.paragraphStart && stack.length === 1 && stack[0]!.paragraphs > 0 && sameMark(text, stack[0]!.pos, i)) {
      // A multi-paragraph quote re-opened at the new paragraph: the same quote goes on.
    } else {
      // A paragraph opened by another style of mark starts a new quote: the old one was never closed
      // ("…" paragraphs of a block quote, then a “…” quote).
      if (scan.paragraphStart && stack.length === 1 && stack[0]!.paragraphs > 0) scan.stack = [];
      scan.stack.push({ pos: i, atParagraphStart: scan.paragraphStart && scan.stack.length === 0, paragraphs: 0 });
    }
    if (text[i] === '„') scan.lowOpen = true;
  } else if (role === 'close') {
    const top = stack.pop();
    if (top && stack.length === 0) {
      scan.out.push({ open: top.pos, close: pair ? i + 1 : i });
      scan.lowOpen = false;
    }
  }
  scan.paragraphStart = false;
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
