// Word tokens with their offsets, folded so that independent translations and
// light edits of one text produce the same keys.

import { backgroundIdf } from './background-idf.js';

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
  /** Background idf of `stem` (./background-idf.ts), looked up once per spelling. */
  idf: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** ASCII letters and digits; other characters go through a Unicode regex, which is slow per character. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(ch);
}

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

const SKIPPED_BEFORE_WORD = new Set([...'"“”‘’\'«»(['].map((c) => c.charCodeAt(0)));
const SENTENCE_END = new Set([...'.!?:;»'].map((c) => c.charCodeAt(0)));
const SPACE = /\s/;

/** True when the character before `offset` ends a sentence (or nothing precedes it). */
function sentenceInitial(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code === 32 || SKIPPED_BEFORE_WORD.has(code) || (code > 32 ? code >= 128 && SPACE.test(text[i]!) : SPACE.test(text[i]!))) continue;
    return SENTENCE_END.has(code);
  }
  return true;
}

// What a word's spelling alone decides (its folded form, stem, and whether it is a stopword or an
// acronym), cached by spelling: tokenizing is the hot path of grouping and reuse detection, and news
// vocabularies repeat. Bounded so a long run cannot grow it forever.
interface WordForm {
  norm: string;
  stem: string;
  idf: number;
  stop: boolean;
  upper: boolean;
  acronym: boolean;
  num: boolean;
}

function formOf(raw: string): WordForm | null {
  const norm = fold(raw);
  if (norm.length === 0) return null;
  const first = raw[0] ?? '';
  const upper = first !== first.toLowerCase();
  // An all-capitals word is an acronym ("US", "UN"), never the pronoun it may spell.
  const acronym = upper && raw.length > 1 && raw === raw.toUpperCase();
  const stop = !acronym && STOPWORDS.has(norm);
  const code = norm.charCodeAt(0);
  const stemmed = acronym ? norm : stem(norm);
  return { norm, stem: stemmed, idf: backgroundIdf(stemmed), stop, upper, acronym, num: code >= 48 && code <= 57 && /^\d+$/.test(norm) };
}

/**
 * The cache as an open-addressing table keyed by a hash of the word's characters, taken while the word is
 * scanned: a known spelling is found by comparing it in place (no string cut out of the text and hashed
 * again, as a Map keyed by the slice needs). The table doubles at half full, so it stays small (and in
 * cache) for the few thousand spellings of a typical run.
 */
const WORD_CACHE_LIMIT = 200_000;
const FIRST_TABLE_SIZE = 1 << 14;
let tableMask = FIRST_TABLE_SIZE - 1;
let tableHash = new Int32Array(tableMask + 1);
let tableWord: string[] = new Array<string>(tableMask + 1).fill('');
let tableForm: (WordForm | null)[] = new Array<WordForm | null>(tableMask + 1).fill(null);
let tableUsed = 0;

function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

function place(hash: number, word: string, form: WordForm | null): void {
  let slot = hash & tableMask;
  while (tableWord[slot] !== '') slot = (slot + 1) & tableMask;
  tableHash[slot] = hash;
  tableWord[slot] = word;
  tableForm[slot] = form;
  tableUsed++;
}

/** A table of `size` slots, with the spellings known so far or (past the limit) empty. */
function rebuild(size: number, keep: boolean): void {
  const [hashes, words, forms] = [tableHash, tableWord, tableForm];
  tableMask = size - 1;
  tableHash = new Int32Array(size);
  tableWord = new Array<string>(size).fill('');
  tableForm = new Array<WordForm | null>(size).fill(null);
  tableUsed = 0;
  if (!keep) return;
  for (let k = 0; k < words.length; k++) if (words[k] !== '') place(hashes[k]!, words[k]!, forms[k]!);
}

/** The form of text[start, end), whose characters hash to `hash` (see tokenize). */
function wordForm(text: string, start: number, end: number, hash: number): WordForm | null {
  const length = end - start;
  let slot = hash & tableMask;
  for (let w = tableWord[slot]!; w !== ''; w = tableWord[slot]!) {
    if (tableHash[slot] === hash && w.length === length && sameWord(text, start, w)) return tableForm[slot]!;
    slot = (slot + 1) & tableMask;
  }
  const raw = text.slice(start, end);
  const form = formOf(raw);
  if (tableUsed >= WORD_CACHE_LIMIT) rebuild(FIRST_TABLE_SIZE, false);
  else if (2 * (tableUsed + 1) > tableMask + 1) rebuild(2 * (tableMask + 1), true);
  place(hash, raw, form);
  return form;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!(code < 128 ? isAsciiWordChar(code) : LETTER_OR_DIGIT.test(text[i]!))) {
      i++;
      continue;
    }
    // A word: letters and digits, joined across an apostrophe before a letter ("one's"); hashed as scanned.
    const start = i;
    let hash = 0;
    for (;;) {
      while (i < n) {
        code = text.charCodeAt(i);
        if (code < 128 ? !isAsciiWordChar(code) : !LETTER_OR_DIGIT.test(text[i]!)) break;
        hash = (Math.imul(hash, 31) + code) | 0;
        i++;
      }
      if (i + 1 < n && isApostrophe(code) && isLetter(text[i + 1]!)) {
        hash = (Math.imul(hash, 31) + code) | 0;
        i++;
      } else break;
    }
    const form = wordForm(text, start, i, hash);
    if (form === null) continue;
    out.push({
      norm: form.norm,
      stem: form.stem,
      start,
      end: i,
      stop: form.stop,
      cap: form.upper && !form.stop && (form.acronym || !sentenceInitial(text, start)),
      num: form.num,
      idf: form.idf,
    });
  }
  return out;
}
