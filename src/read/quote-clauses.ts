// Content span boundaries: where a reported clause ends, and how far a direct quote's content reaches when the
// quote is only part of a reported clause.

import type { Span } from '../types.js';
import { CUE_WORDS, WEAK_CUES } from './lexicon/cues.js';
import { finite } from './quote-cues.js';

/** A reported clause ends where another attribution starts (", saying …", "; adding …") or at a semicolon. */
const CLAUSE_END = /;|,\s+(?:saying|adding|noting|arguing|claiming|citing|calling|insisting|explaining|according to|though|although|whereas|even as|even though|but)\b|\s[—―]\s|\s--\s/;

/** A quotation closed by ',”' and followed by a trailing attribution, a participle, "which" or an apposition
 * ends the reported clause with its mark ("insisted that he has “expanded the party,” claiming …"). */
const QUOTE_CLOSES_CLAUSE = /,(?:["”]|'')(?=\s+(?:\p{Ll}{2,}ing|said|says|wrote|he|she|it|they|according|which|a|an|the|one)\b)/u;

export function cutClause(text: string, span: Span): Span {
  const str = text.slice(span.start, span.end);
  const m = CLAUSE_END.exec(str);
  let end = m ? m.index : str.length;
  const q = QUOTE_CLOSES_CLAUSE.exec(str.slice(0, end));
  if (q) end = q.index + q[0].length;
  // "… but noted that …", "… and pledged to …": a second cue verb of the same subject starts its own attribution.
  for (const c of str.slice(0, end).matchAll(/,?\s+(?:and|but)\s+(?:(?:also|later|then|has|have|had|is|are|was|were)\s+)*([a-z]+)\b/g)) {
    if (CUE_WORDS.has(c[1]!) && !WEAK_CUES.has(c[1]!) && finite(c[1]!)) {
      end = c.index;
      break;
    }
  }
  return { start: span.start, end: span.start + end };
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
