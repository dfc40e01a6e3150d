// Cue matching: reporting verbs (with particles: "pointed out") at a position, the cue words of a text, and
// the auxiliaries, adverbs and channel phrases ("in a statement") that PolNeAR counts as part of a cue.

import type { Span } from '../types.js';
import { CUE_VERB_SET } from './lexicon/words.js';
import { CUE_PARTICLES, CUE_PREFIX, CUE_WORDS } from './lexicon/cues.js';

const LOWER_WORD = /[a-z]+/y;
export const WORDS = /\b[a-z]+\b/g;
export const CUE_FIRST_WORDS = new Set([...CUE_VERB_SET].map((v) => v.split(' ')[0]!));

/** A reporting verb (one or two words: "pointed out") starting exactly at `pos`. */
export function cueAt(text: string, pos: number): Span | null {
  if (pos > 0 && /[\p{L}]/u.test(text[pos - 1]!)) return null;
  LOWER_WORD.lastIndex = pos;
  const m = LOWER_WORD.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (end < text.length && /\p{L}/u.test(text[end]!)) return null;
  const two = /^ (?:out|up)\b/.exec(text.slice(end, end + 5));
  if (two && CUE_VERB_SET.has(m[0] + two[0])) return { start: pos, end: end + two[0].length };
  if (!CUE_WORDS.has(m[0])) return null;
  const particles = particlesOf(m[0]);
  if (particles) {
    const p = /^ ([a-z]+)\b/.exec(text.slice(end, end + 9));
    if (p && particles.includes(p[1]!)) return { start: pos, end: end + p[0].length };
  }
  return { start: pos, end };
}

const PARTICLES = new Map<string, string[] | undefined>();

/** Particles that may join a cue word ("point" → out), by its lemma; remembered per cue word (a closed set). */
function particlesOf(word: string): string[] | undefined {
  if (PARTICLES.has(word)) return PARTICLES.get(word);
  const stem = word.replace(/(?:ing|ed|s)$/, '');
  // "called" → call, "planned" → plan, "referring" → refer, "pointed" → point.
  const lemma = stem.replace(/(.)\1$/, '$1');
  const particles = CUE_PARTICLES[stem] ?? CUE_PARTICLES[lemma] ?? CUE_PARTICLES[lemma + 'e'];
  PARTICLES.set(word, particles);
  return particles;
}

/** A finite verb form (past or third person): "said", "noted", "argues", not "argue" or "arguing". */
export function finite(word: string): boolean {
  return /(?:ed|[^s]s)$/.test(word) || /^(?:said|told|wrote|thought|knew|saw|felt|sought|found|put|spoke)$/.test(word);
}

export interface WordAt {
  index: number;
  0: string;
}

/** The cue words of a sentence (lower-case words, as WORDS finds them in `str`, the sentence's text),
 * in order. A sentence span has a non-word character (or the text's edge) on each side, so the cue
 * words of the whole text, found once, serve every sentence; otherwise the sentence is scanned itself. */
export function cueWordsIn(text: string, s: Span, str: string, all: WordAt[], words: ReadonlySet<string> = CUE_WORDS): WordAt[] {
  const out: WordAt[] = [];
  if ((s.start > 0 && isWordChar(text.charCodeAt(s.start - 1))) || (s.end < text.length && isWordChar(text.charCodeAt(s.end)))) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(str); m; m = WORDS.exec(str)) if (words.has(m[0])) out.push({ index: m.index, 0: m[0] });
    return out;
  }
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.index < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.length && all[k]!.index < s.end; k++) {
    const w = all[k]!;
    if (w.index + w[0].length <= s.end) out.push({ index: w.index - s.start, 0: w[0] });
  }
  return out;
}

/** \w, as \b sees it. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Cue words of the whole text, with offsets into it: the maximal runs of a-z with a non-word character
 * (or the text's edge) on each side, as WORDS finds them; words of `also` go to `alsoOut` in the same scan. */
export function textCueWords(text: string, also: ReadonlySet<string> | null = null, alsoOut: WordAt[] = []): WordAt[] {
  const out: WordAt[] = [];
  const kinds = wordKinds(also);
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) {
      k++;
      continue;
    }
    const s = k;
    while (k < n && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
    if ((s === 0 || !isWordChar(text.charCodeAt(s - 1))) && (k === n || !isWordChar(text.charCodeAt(k)))) {
      const w = text.slice(s, k);
      // One lookup per word of the text: most are neither kind.
      const kind = kinds.get(w);
      if (kind === 1) out.push({ index: s, 0: w });
      else if (kind === 2) alsoOut.push({ index: s, 0: w });
    }
  }
  return out;
}

let kindsOf: ReadonlySet<string> | null | undefined;
let kinds = new Map<string, number>();

/** Cue words → 1, other words of `also` → 2; remembered for the last `also` (read() passes one fixed set). */
function wordKinds(also: ReadonlySet<string> | null): Map<string, number> {
  if (kindsOf !== also) {
    kinds = new Map<string, number>();
    for (const w of also ?? []) kinds.set(w, 2);
    for (const w of CUE_WORDS) kinds.set(w, 1);
    kindsOf = also;
  }
  return kinds;
}

/** Auxiliaries, negation and adverbs right before the verb, and a colon right after, belong to the cue. */
export function widenCue(text: string, verb: Span, floor: number): Span {
  let start = verb.start;
  for (let k = 0; k < 4; k++) {
    // Quick test: a prefix word (all lower case, or "’s") ends right before the space.
    const p1 = text.charCodeAt(start - 1);
    const p2 = text.charCodeAt(start - 2);
    if (!(p1 === 32 || p1 === 9 || p1 === 10 || p1 === 0xa0) || !((p2 >= 97 && p2 <= 122) || p2 === 32 || p2 === 9 || p2 === 10 || p2 === 0xa0)) break;
    // Contractions too: "doesn't even believe", "he’s claiming" (the cue starts at the apostrophe).
    const m = /(?:(?:^|[^\p{L}’'])([a-z]+n['’]t|[a-z]+)|(?<=\p{L})(['’]s))(\s+)$/u.exec(text.slice(Math.max(floor, start - 20), start));
    if (!m) break;
    // A possessive is not a contraction: "’s" joins only a participle ("she’s claiming", "he’s sought").
    if (m[2] && !/(?:ing|ed|ght)$/.test(text.slice(verb.start, verb.end))) break;
    m[1] ??= m[2]!;
    m[2] = m[3]!;
    const word = m[1]!.replace('’', "'");
    // Manner adverbs too ("truly believed", "successfully argued"), not "only" or "early".
    // "first reported": PolNeAR's cue keeps the adverb, and the source ends before it.
    if (!(CUE_PREFIX.has(word) || word === 'first' || (/^[a-z]{3,}ly$/.test(word) && !/^(?:only|early|family|reply|ally|rally|supply|italy|july)$/.test(word)))) break;
    start -= m[1]!.length + m[2]!.length;
  }
  let end = verb.end;
  const inStatement = /^ (?:in (?:an?|his|her|its|their) (?:(?:recent|phone|telephone|radio|television|TV|written|joint|brief|separate|new|lengthy|exclusive|emailed|prepared)\s)?(?:statement|tweet|letter|interview|post|email|op-ed|memo)|on (?:Twitter|Facebook|Instagram))\b/.exec(text.slice(end, end + 40));
  if (inStatement) end += inStatement[0].length;
  if (text[end] === ':') end++;
  return { start, end };
}
