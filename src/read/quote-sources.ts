// The noun phrase that names a quote's source, before a cue ("longtime Democratic pollster Pat Caddell
// told", "a spokesman for the Clinton campaign said") or after one (", said Sen. Ted Cruz."). PolNeAR spans a
// source as the whole phrase: determiner, titles, modifiers and "of"/"for" complements included; a
// pronoun or relative pronoun ("he", "who") is a source on its own. No tagger: closed lists of function
// words stop the phrase, punctuation ends it.

import type { Span } from '../types.js';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&/-]*|\S/gu;
const PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'it']);
const DETERMINER = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many',
  'several', 'both', 'all', 'most', 'few', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'no', 'each',
  'every', 'more', 'any', 'such',
]);
const INNER = new Set(['of', 'for', 'at', 'from', 'to', 'with', 'in', 'on', 'and', '&']);
const STOP = new Set([
  'that', 'who', 'whom', 'whose', 'which', 'but', 'because', 'as', 'when', 'while', 'if', 'than', 'not', 'also',
  'and', 'or', 'nor', 'so', 'then', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do',
  'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'said', 'says', 'say', 'told',
  'after', 'before', 'since', 'until', 'where', 'why', 'how', 'what', 'whether', 'although', 'though', 'by',
  'about', 'into', 'over', 'under', 'against', 'during', 'without', 'there', 'here', 'it', 'him', 'them', 'us',
  'me', 'just', 'only', 'even', 'still', 'now', 'yet', 'very', 'too', 'like', 'unlike', 'per', 'via', 'once',
]);
/** Nouns whose author follows "by" inside the source phrase: "a study by the Council of City Schools found". */
const BY_AUTHOR = /^(?:study|poll|report|survey|analysis|review|audit|investigation|paper|estimate)$/i;
/** Prepositions that open an adverbial phrase of time, place or occasion before a clause's subject. */
const ADVERBIAL_PREPOSITION = new Set(['in', 'at', 'during', 'after', 'before', 'on', 'since', 'from', 'with', 'under', 'unlike', 'like', 'contrary']);
const CAP_STOP = new Set([
  'But', 'And', 'When', 'If', 'As', 'While', 'Because', 'Since', 'After', 'Before', 'Although', 'Though',
  'However', 'So', 'Then', 'Yet', 'Or', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'That', 'Still', 'Now',
  'Meanwhile', 'Instead', 'Also', 'Asked', 'Earlier', 'Later', 'Last', 'This', 'Speaking', 'Today', 'Yesterday',
]);

/** Lower-case words that open a source phrase before a capitalised title or name. */
const NAME_MODIFIER = new Set(['former', 'longtime', 'outgoing', 'incoming', 'retired', 'veteran', 'senior', 'top', 'then', 'acting', 'interim', 'deputy', 'republican', 'democratic']);

/** A word opening a quantity: an article ("a third"), a number, "half", "dozens". */
const QUANTITY = /^(?:a|an|half|\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/i;
/** Qualifiers before a quantity, at the end of the text before it. */
const QUANTIFIER = /(?:^|(?<=[\s"“(]))(?:(?:[Mm]ore|[Ll]ess|[Ff]ewer) than|[Oo]nly|[Jj]ust|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]t least|[Aa]ll but)\s+$/;

interface Tok {
  start: number;
  end: number;
  text: string;
}

/** Tokens of text[from, to), at most `max` of them (the first ones). */
function tokens(text: string, from: number, to: number, max = Infinity): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m && out.length < max; m = TOKEN.exec(slice)) {
    let w = m[0];
    // A final period belongs to a title or initial ("Sen.", "J."), not to a word ending a sentence.
    const stop = w.length > 1 && w.endsWith('.') && !/^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+\p{L}?)\.$/u.test(w);
    if (stop) w = w.slice(0, -1);
    out.push({ start: from + m.index, end: from + m.index + w.length, text: w });
    // ...and a period ending a sentence stops a phrase like any punctuation ("…for comment. Donna Brazile said").
    if (stop && out.length < max) out.push({ start: from + m.index + w.length, end: from + m.index + w.length + 1, text: '.' });
  }
  return out;
}

const isWord = (t: Tok): boolean => /^[\p{L}\p{N}]/u.test(t.text);
const isCap = (t: Tok): boolean => /^[\p{Lu}\p{N}]/u.test(t.text);

/** Tokens of text[floor, end), or at least the last NEEDED_BEFORE of them: npBefore looks at no more.
 * No token spans a space, so tokens after a space are the same wherever the scan starts. */
const NEEDED_BEFORE = 16;

function lastTokens(text: string, end: number, floor: number): Tok[] {
  if (end - floor > 120) {
    let w = end - 120;
    while (w < end && !/\s/.test(text[w]!)) w++;
    if (w < end) {
      const toks = tokens(text, w, end);
      if (toks.length >= NEEDED_BEFORE) return toks;
    }
  }
  return tokens(text, floor, end);
}

/** Whether only spaces, quote marks or nothing stand between a clause boundary (punctuation, the floor) and `pos`. */
function clauseStartAt(text: string, pos: number, floor: number): boolean {
  let k = pos - 1;
  while (k >= floor && /[\s"“”']/.test(text[k]!)) k--;
  return k < floor || /[.,;:!?(—–-]/.test(text[k]!);
}

/** Whether toks[k] is the "by" of "a study by …". */
function authorBy(toks: Tok[], k: number): boolean {
  return toks[k]?.text === 'by' && k > 0 && BY_AUTHOR.test(toks[k - 1]!.text);
}

/** The source phrase ending at `end` (exclusive), not reaching before `floor`. */
export function npBefore(text: string, end: number, floor: number): Span | null {
  const toks = lastTokens(text, end, floor);
  if (toks.length === 0) return null;
  const last = toks[toks.length - 1]!;
  if (last.end !== end && text.slice(last.end, end).trim() !== '') return null;
  if (PRONOUN.has(last.text.toLowerCase())) return { start: last.start, end: last.end };
  // A phrase never ends with a preposition ("NATO to formally refuse": an infinitive, not a source).
  if (INNER.has(last.text)) return null;
  let k = toks.length - 1;
  let first = -1;
  let lowerWords = 0;
  // A lower-case "and" may join two subjects ("Regulators and environmental groups said") only when the
  // joined phrase opens its clause; `andAt` is where the scan passed one, `firstAfterAnd` the phrase without it.
  let andAt = -1;
  let firstAfterAnd = -1;
  while (k >= 0 && toks.length - k <= 14) {
    const t = toks[k]!;
    if (!isWord(t)) break;
    const lower = t.text.toLowerCase();
    // A subject pronoun joined to a name opens the phrase: "…, he and Mr. Allen said".
    if (andAt === k + 1 && first > andAt && /^(?:he|she|they|we|i)$/.test(lower)) {
      first = k;
      break;
    }
    if (isCap(t)) {
      if (CAP_STOP.has(t.text) || PRONOUN.has(lower)) break;
      first = k;
    } else if (DETERMINER.has(lower)) {
      first = k;
      const prev = toks[k - 1];
      if (!(prev && (INNER.has(prev.text) || authorBy(toks, k - 1)) && (prev.text !== 'and' || andAt < 0))) break;
    } else if (INNER.has(lower) || authorBy(toks, k)) {
      // Only inside a phrase: "spokesman for the campaign", "Trump and Pence".
      if (lower === 'and' && !(toks[k - 1] && isCap(toks[k - 1]!) && toks[k + 1] && isCap(toks[k + 1]!))) {
        if (andAt >= 0 || first < 0) break;
        andAt = k;
        firstAfterAnd = first;
      }
    } else if (STOP.has(lower) || PRONOUN.has(lower)) {
      break;
    } else {
      if (++lowerWords > 4) break;
      first = k;
    }
    k--;
  }
  if (first < 0) return null;
  if (andAt >= 0) {
    // The first conjunct is a bare noun phrase: names, determiners and at most two other words.
    const left = toks.slice(first, andAt);
    const plain = left.filter((t) => !isCap(t) && !DETERMINER.has(t.text.toLowerCase()));
    const ok = first < andAt && plain.length <= 2 && !plain.some((t) => INNER.has(t.text)) && (first > 0 ? !isWord(toks[first - 1]!) : clauseStartAt(text, toks[0]!.start, floor));
    if (!ok) first = firstAfterAnd;
  }
  // A phrase never starts with a preposition or conjunction.
  while (first < toks.length && INNER.has(toks[first]!.text.toLowerCase())) first++;
  if (first >= toks.length) return null;
  // After a preposition the phrase is an adverbial ("In a Bloomberg interview Trump said"): the source is
  // the name closing it, if one does.
  const prep = toks[first - 1];
  if (prep && ADVERBIAL_PREPOSITION.has(prep.text.toLowerCase())) {
    let k2 = toks.length - 1;
    while (k2 > first && isCap(toks[k2 - 1]!)) k2--;
    if (!isCap(last) || k2 === first) return null;
    first = k2;
  }
  const span = { start: toks[first]!.start, end: last.end };
  // A line that ends a sentence, a paragraph or an all-capitals headline ends before the source ("7:35 p.m.\nTed
  // Cruz says", "RUSSIANS SPARED FULL BAN\nThe team said"): the source starts on the new line.
  const nl = text.lastIndexOf('\n', span.end - 1);
  if (nl >= span.start) {
    const before = text.slice(span.start, nl).trimEnd();
    if (before === '' || /[.!?:;"”]$/.test(before) || !/\p{Ll}/u.test(before) || text[nl - 1] === '\n') {
      let k = nl + 1;
      while (k < span.end && /\s/.test(text[k]!)) k++;
      if (k < span.end) span.start = k;
    }
  }
  // A quantity keeps its qualifier ("Less than a third", "More than half of respondents", "Only three senators").
  if (QUANTITY.test(toks[first]!.text)) {
    const q = QUANTIFIER.exec(text.slice(Math.max(floor, span.start - 16), span.start));
    if (q) span.start -= q[0].length;
  }
  const words = toks.slice(first);
  const hasCap = words.some(isCap);
  const det = DETERMINER.has(words[0]!.text.toLowerCase());
  const plural = words.length <= 3 && /[a-z]{3,}s$/.test(last.text) && !/(?:ss|us|is)$/.test(last.text);
  if (!hasCap && !det && !plural && !PRONOUN.has(words[0]!.text.toLowerCase())) return null;
  // A participle opens no source ("Speaking to reporters"), unless it modifies a plural noun ("hacking specialists").
  if (/(?:ed|ing)$/.test(words[0]!.text) && !isCap(words[0]!) && !(words.length >= 2 && plural)) return null;
  return span;
}

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?$/;

/** Lower-case words of a role, then a name of two capitalised words or more ("said pollster Frank Luntz", "said
 * former tech executive Carly Fiorina", "said undecided Republican voter Stephanie Hooton"): at most four
 * lower-case words, none a function word, and no date in the name ("told reporters Monday" is no name). */
function roleBeforeName(toks: Tok[]): boolean {
  let k = 0;
  let lower = 0;
  for (; k < toks.length && k < 7; k++) {
    const t = toks[k]!;
    if (!isWord(t)) return false;
    if (isCap(t)) break;
    const w = t.text;
    if (STOP.has(w) || INNER.has(w) || DETERMINER.has(w) || PRONOUN.has(w) || !/^\p{Ll}[\p{Ll}-]+$/u.test(w) || ++lower > 4) return false;
  }
  let caps = 0;
  for (; k < toks.length && isWord(toks[k]!) && isCap(toks[k]!); k++) {
    if (CALENDAR.test(toks[k]!.text) || CAP_STOP.has(toks[k]!.text)) return false;
    caps++;
  }
  return lower > 0 && caps >= 2;
}

/** The source phrase starting at `start`, not reaching past `limit` (", said Sen. Ted Cruz, a Texas Republican."). */
export function npAfter(text: string, start: number, limit: number): Span | null {
  // The scan below reads at most 13 tokens (k < 12, and the one after).
  const toks = tokens(text, start, Math.min(limit, start + 160), 13);
  const firstTok = toks[0];
  if (!firstTok || firstTok.start !== start || !isWord(firstTok)) return null;
  const lower0 = firstTok.text.toLowerCase();
  if (PRONOUN.has(lower0) && lower0 !== 'it' && lower0 !== 'which') return { start, end: firstTok.end };
  // A title's modifier may open the phrase before a name or a title ("said former Obama adviser David Axelrod").
  if (!isCap(firstTok) && !DETERMINER.has(lower0) && !(NAME_MODIFIER.has(lower0) && toks[1] && isCap(toks[1])) && !roleBeforeName(toks)) return null;
  if (CAP_STOP.has(firstTok.text) && firstTok.text !== 'This') return null;
  let end = -1;
  for (let k = 0; k < toks.length && k < 12; k++) {
    const t = toks[k]!;
    if (!isWord(t)) break;
    const lower = t.text.toLowerCase();
    if (k > 0 && (STOP.has(lower) || PRONOUN.has(lower))) break;
    if (INNER.has(lower)) {
      const next = toks[k + 1];
      if (!(lower === 'of' || lower === 'for' || lower === 'at' || lower === 'and') || !next || !(isCap(next) || DETERMINER.has(next.text.toLowerCase()))) break;
      continue;
    }
    if (k > 0 && /^(?:on|in)$/.test(lower)) break;
    end = t.end;
  }
  return end > start ? { start, end } : null;
}
