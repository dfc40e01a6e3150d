// Word tokens with their offsets, folded so that independent translations and
// light edits of one text produce the same keys.

export interface Token {
  /** Folded surface form: lowercase, quotes folded, possessive removed. */
  norm: string;
  /** Light stem of `norm`, the key for matching. */
  stem: string;
  start: number;
  end: number;
  /** Function word: ignored when seeding and weighting. */
  stop: boolean;
  /** Written with a capital letter and not sentence-initial (a name, most likely). */
  cap: boolean;
  /** Only digits (years, counts, resolution numbers): weighted as facts. */
  num: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** Word character test with an ASCII fast path (a Unicode regex per character is slow). */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(ch);
}

const APOSTROPHES = "'’ʼ";

// Closed-class words and very frequent verbs that carry no topic.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not of off on once only or other others our ours ourselves out over own same she should so some such than that ' +
    'the their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'may might must shall upon us within without via per among whether though although however thus also ' +
    'said says say told according one two s t'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercase, fold typographic apostrophes, drop a possessive ending. */
export function fold(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('ʼ')) w = w.replace(/[’ʼ]/g, "'");
  else if (!w.includes("'")) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: plural and verb endings, plus the -sion/-ation
 * derivations that translations alternate between ("invasion"/"invade").
 * Deliberately conservative: a wrong merge costs more than a missed one.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('nsion')) w = w.slice(0, -4) + 'd';
  else if (/[aio]sion$/.test(w)) w = w.slice(0, -3) + 'd';
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1] ?? '')) return w.slice(0, -1);
  return w;
}

/** True when the character before `offset` ends a sentence (or nothing precedes it). */
function sentenceInitial(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (ch === '\n') return true;
    if (/\s/.test(ch) || /["“”‘’'«»([]/.test(ch)) continue;
    return /[.!?:;»]/.test(ch);
  }
  return true;
}

// Stems of words already seen: tokenizing is the hot path of reuse detection,
// and news vocabularies repeat. Bounded so a long run cannot grow it forever.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function cachedStem(norm: string): string {
  let s = STEM_CACHE.get(norm);
  if (s === undefined) {
    s = stem(norm);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(norm, s);
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text[i]!)) {
      i++;
      continue;
    }
    // A word: letters and digits, joined across an apostrophe before a letter ("one's").
    const start = i;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i), text[i]!)) i++;
      if (i + 1 < n && APOSTROPHES.includes(text[i]!) && isLetter(text[i + 1]!)) i++;
      else break;
    }
    const raw = text.slice(start, i);
    const norm = fold(raw);
    if (norm.length === 0) continue;
    const first = raw[0] ?? '';
    const upper = first !== first.toLowerCase();
    // An all-capitals word is an acronym ("US", "UN"), never the pronoun it may spell.
    const acronym = upper && raw.length > 1 && raw === raw.toUpperCase();
    const stop = !acronym && STOPWORDS.has(norm);
    const code = norm.charCodeAt(0);
    out.push({
      norm,
      stem: acronym ? norm : cachedStem(norm),
      start,
      end: start + raw.length,
      stop,
      cap: upper && !stop && (acronym || !sentenceInitial(text, start)),
      num: code >= 48 && code <= 57 && /^\d+$/.test(norm),
    });
  }
  return out;
}
