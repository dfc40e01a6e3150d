// Rule-based sentence splitter. Spans index the text as given; whitespace is trimmed out of each span.
//
// Rules, in order:
// - A blank line always ends a sentence.
// - A single line break ends a sentence unless the text plainly runs on (the line ends with a comma,
//   hyphen, open bracket or conjunction-like punctuation, or the next line starts in lower case):
//   scraped pages put headings, bylines and captions on their own lines without final punctuation.
// - Within a line, `.`/`!`/`?`/`…` (possibly repeated) plus any closing quotes or brackets ends a sentence
//   when followed by whitespace and then something that can start a sentence (upper case, digit,
//   opening quote or bracket), unless the period belongs to an abbreviation (Mr., Gen., Jan., No.),
//   an initial ("J. Smith") or a dotted acronym (U.S.) that is not followed by a usual sentence opener.
// Measured on the two seed articles together: wink-nlp (wink-eng-lite-web-model, full readDoc) gives
// 100 sentences in ~33 ms, these rules 96 in ~1.5 ms with the same handling of the seeds' quotes and
// headings; the rules are used for speed and because every boundary decision is visible here.

import type { Span } from '../types.js';

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'brig', 'gov',
    'sen', 'rep', 'pres', 'amb', 'rev', 'hon', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vol', 'vols', 'art',
    'fig', 'figs', 'pp', 'p', 'ch', 'sec', 'para', 'ed', 'eds', 'vs', 'v', 'cf', 'approx', 'est', 'dept', 'inc',
    'ltd', 'co', 'corp', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'etc.al', 'al',
  ],
);

// Words that usually start a sentence; after a dotted acronym ("in the U.S. The talks") they mark a boundary.
const SENTENCE_OPENERS = new Set(
  [
    'the', 'this', 'that', 'these', 'those', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on',
    'at', 'but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'there', 'his', 'her', 'their', 'its', 'our',
    'as', 'according', 'after', 'before', 'since', 'while', 'when', 'if', 'also', 'thus', 'so',
  ],
);

// Sentence-final marks and the closers that may follow them, by char code (tested on every character).
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93; // " ' ” ’ » ) ]
}
const OPENERS = /["'“‘«„([]/;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      // Find the extent of this run of line breaks and whether it holds a blank line.
      let j = i;
      let breaks = 0;
      while (j < n && isSpace(text.charCodeAt(j))) {
        if (text[j] === '\n') breaks++;
        else if (text[j] === '\r' && text[j + 1] !== '\n') breaks++;
        j++;
      }
      if (breaks >= 2 || j >= n || lineEndsSentence(text, start, i, j)) push(i);
      i = j;
      continue;
    }
    if (isTerminal(ch)) {
      let j = i + 1;
      while (j < n && isTerminal(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) {
        let k = j;
        while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
        if (k < n && text[k] !== '\n' && text[k] !== '\r' && canStartSentence(text, k) && !isAbbreviationPeriod(text, i, k)) {
          push(j);
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  push(n);
  return spans;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11;
}

/** Whether a single line break at `brk` (next line starting at `next`) ends the running sentence. */
function lineEndsSentence(text: string, start: number, brk: number, next: number): boolean {
  let e = brk;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === start) return false; // nothing before the break yet
  const last = text[e - 1]!;
  if (/[,;:\-–—([/&]/.test(last)) return false;
  const first = text[next]!;
  if (/\p{Ll}/u.test(first)) return false;
  return true;
}

function canStartSentence(text: string, k: number): boolean {
  const c = text[k]!;
  return /[\p{Lu}\p{N}]/u.test(c) || OPENERS.test(c) || c === '–' || c === '—' || c === '-' || c === '*' || c === '•';
}

/** The period at `dot` belongs to an abbreviation or initial; `next` is where the following word starts. */
function isAbbreviationPeriod(text: string, dot: number, next: number): boolean {
  if (text[dot] !== '.') return false;
  // The word before the period (letters and inner dots).
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "No." only abbreviates before a number.
    if (lower === 'no' || lower === 'nos' || lower === 'p' || lower === 'pp' || lower === 'art' || lower === 'vol') {
      return /\d/.test(text[next] ?? '');
    }
    return true;
  }
  // Single capital initial: "J. Smith". A one-letter word that is a pronoun ("I.") is rare at an end.
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronym: "U.S." — a boundary only when the next word usually opens a sentence.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const m = /^[\p{L}]+/u.exec(text.slice(next, next + 20));
    return !(m && SENTENCE_OPENERS.has(m[0].toLowerCase()));
  }
  return false;
}
