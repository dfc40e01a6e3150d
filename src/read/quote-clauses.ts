// Content span boundaries: where a reported clause ends, and how far a direct quote's content reaches when the
// quote is only part of a reported clause.

import type { Span } from '../types.js';
import { CUE_WORDS, WEAK_CUES } from './lexicon/cues.js';
import { finite } from './quote-cues.js';

/** Participles of the cue lists ("telling", "pointing", "warning"): after a comma each opens an attribution of its
 * own, which ends the clause before it (in train folds 1–4, gold content ends before 59 of the 74 that follow a
 * comma in or after it, besides the participles CLAUSE_END always listed). */
const CUE_PARTICIPLES = [...CUE_WORDS].filter((w) => w.endsWith('ing')).sort().join('|');

/** A reported clause ends where another attribution starts (", saying …", "; adding …") or at a semicolon, and at
 * ", but" unless an adverb follows ("…, but not before …", "…, but also …": in train folds 1–4 gold content runs on
 * over 17 of 20 of those, and stops at about half of the others). */
const CLAUSE_END = new RegExp(`;|,\\s+(?:${CUE_PARTICIPLES}|according to|though|although|whereas|even as|even though|but(?!\\s+(?:not|also|still|only|never|just|even|rather|instead)\\b))\\b|\\s[—―]\\s|\\s--\\s`);

/** A quotation closed by ',”' and followed by a trailing attribution, a participle, "which" or an apposition
 * ends the reported clause with its mark ("insisted that he has “expanded the party,” claiming …"). */
const QUOTE_CLOSES_CLAUSE = /,(?:["”]|'')(?=\s+(?:\p{Ll}{2,}ing|said|says|wrote|he|she|it|they|according|which|a|an|the|one)\b)/u;

export function cutClause(text: string, span: Span, breaks: ClauseBreaks | null = null): Span {
  const str = text.slice(span.start, span.end);
  let end: number;
  if (breaks) {
    const cut = breaks.firstEnd(span.start, span.end);
    end = cut < 0 ? str.length : cut - span.start;
  } else {
    const m = CLAUSE_END.exec(str);
    end = m ? m.index : str.length;
  }
  const q = !breaks || breaks.quoteCommaIn(span.start, span.start + end) ? QUOTE_CLOSES_CLAUSE.exec(str.slice(0, end)) : null;
  if (q) end = q.index + q[0].length;
  // "… but noted that …", "… and pledged to …": a second cue verb of the same subject starts its own attribution.
  if (breaks && !breaks.andButIn(span.start, span.start + end)) return { start: span.start, end: span.start + end };
  for (const c of str.slice(0, end).matchAll(/,?\s+(?:and|but)\s+(?:(?:also|later|then|has|have|had|is|are|was|were)\s+)*([a-z]+)\b/g)) {
    if (CUE_WORDS.has(c[1]!) && !WEAK_CUES.has(c[1]!) && finite(c[1]!)) {
      end = c.index;
      break;
    }
  }
  return { start: span.start, end: span.start + end };
}

/**
 * One text's clause boundaries, found once and shared by the cutClause calls on it. cutClause reads the rest
 * of a sentence for each attribution in it, so a sentence of thousands of cues ("He said "He said …") made it
 * quadratic; with these it reads each sentence once, and skips the slower patterns where their words are absent.
 */
export class ClauseBreaks {
  /** By the end of the text searched: where CLAUSE_END matches (ascending), from `from` on. */
  private readonly byEnd = new Map<number, { from: number; at: number[] }>();
  private andBut: number[] | null = null;
  private quoteCommas: number[] | null = null;

  constructor(private readonly text: string) {}

  /** The offset of CLAUSE_END's first match in text[start, end) (what `exec` on that slice finds), or -1. */
  firstEnd(start: number, end: number): number {
    let known = this.byEnd.get(end);
    if (!known || known.from > start) {
      // Every offset where a match starts (the search resumes one past each, not at its end): the first at or
      // after any later start is then the first that a search from that start would find.
      const str = this.text.slice(start, end);
      const at: number[] = [];
      const re = new RegExp(CLAUSE_END.source, 'g');
      for (let m = re.exec(str); m; m = re.exec(str)) {
        at.push(start + m.index);
        re.lastIndex = m.index + 1;
      }
      known = { from: start, at };
      this.byEnd.set(end, known);
    }
    const k = firstAtOrAfter(known.at, start);
    return k < known.at.length ? known.at[k]! : -1;
  }

  /** Whether text[start, end) holds an "and" or "but" with white space around it (else no coordinated cue). */
  andButIn(start: number, end: number): boolean {
    this.andBut ??= offsets(this.text, /(?<=\s)(?:and|but)(?=\s)/g);
    const k = firstAtOrAfter(this.andBut, start + 1);
    return k < this.andBut.length && this.andBut[k]! + 4 <= end;
  }

  /** Whether text[start, end) holds a comma before a closing mark (",”", ",\"", ",''"). */
  quoteCommaIn(start: number, end: number): boolean {
    this.quoteCommas ??= offsets(this.text, /,(?:["”]|'')/g);
    const k = firstAtOrAfter(this.quoteCommas, start);
    return k < this.quoteCommas.length && this.quoteCommas[k]! + 2 <= end;
  }
}

function offsets(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** The index of the first element ≥ `x` in an ascending array (its length when none is). */
function firstAtOrAfter(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A quote that is only part of the reported clause ("said that his rival was “unfit” to serve"): the
 * content is the whole clause, from "that" (or the first word after the cue) to the clause's end. A cue
 * that ends in a colon introduces the quote alone. */
export function widenQuoted(text: string, sentences: Span[], cue: Span, content: Span): void {
  const gap = text.slice(cue.end, content.start);
  // A comma inside the gap puts the quote in a clause of its own ("insists on X, since “…”").
  // A period ends a sentence unless it ends a title or an initial ("Mr. Sanders would “do the right thing.”").
  // A clause opened by "that" goes on over commas and earlier quotations ("said that although the vote was an
  // “important step,” it was “far from perfect.”"); otherwise a comma puts the quote in a clause of its own.
  const opened = /^\s*that\s/.test(gap);
  if (!/\p{L}/u.test(gap) || /[:;!?\n]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Prof|Rev|\p{Lu}))[.]\s/u.test(gap) || (!opened && /\S\s*,/.test(gap))) return;
  // From "that" when only an adverbial stands before it ("said on Friday that"); a clause before it ("said she was
  // confident that …") is the content's start.
  const that0 = /\bthat\b/.exec(gap);
  const that = that0 && !/\b(?:he|she|it|they|we|I|you|is|was|are|were|has|had|have|would|will)\b/.test(gap.slice(0, that0.index)) ? that0 : null;
  content.start = cue.end + (that ? that.index : /^[\s,]*/.exec(gap)![0].length);
  if (/[.!?][’'"”»]$/.test(text.slice(content.end - 2, content.end))) return;
  const s = sentences.find((x) => x.start <= content.end - 1 && content.end - 1 < x.end);
  if (!s || s.end <= content.end) return;
  const rest = text.slice(content.end, s.end);
  // The clause goes on after the quote, up to the sentence's end (not into a new attribution or quote).
  if (/["“”«»]|,\s*(?:saying|adding|according)\b/.test(rest)) return;
  content.end = trimSpan(text, { start: content.end, end: s.end }).end;
}

/** A quote attributed after it that closes a clause begun by the reporter ("With so many systems, “there
 * is no single point of failure,” he said"): the content is the whole clause, from the sentence's start. */
export function widenBack(text: string, sentences: Span[], content: Span): void {
  const s = sentences.find((x) => x.start <= content.start && content.start < x.end);
  if (!s || s.start >= content.start) return;
  const head = text.slice(s.start, content.start);
  if (!/\p{L}/u.test(head) || /["“”«»:;]|''/.test(head)) return;
  const lead = /^(?:\s|(?:And|But|So|Yet)\s+)*/.exec(head)![0].length;
  content.start = s.start + lead;
}
