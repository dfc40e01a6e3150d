// A learned judge of attribution cues: an averaged perceptron, trained on PolNeAR's train split by
// scripts/train-cue-model.ts and shipped as weights (lexicon/cue-model.json), scores a cue word the rules
// found (lexicon/cues.ts) from its context (quote-cue-features.ts), when the word headed a gold cue often
// enough in train (a candidate). The rules stay the candidate generator and still find the source and
// content; the score decides whether the word acts as a cue (quote-indirect.ts): it vetoes a listed word,
// makes a weak one strong, and lets a confident one without a pattern take the phrase before it as source.
// The model was trained on every candidate, listed or not (a little better than on listed words alone);
// read() scores listed words, and unlisted ones (UNLISTED) only right after a word that may end a speaker's
// phrase, which keeps their cost small. Learned tails ("voted against") end cues the lists know no particle for.
// Pure: the weights load once, with the module.

import type { Span } from '../types.js';
import weights from './lexicon/cue-model.json' with { type: 'json' };
import type { WordAt } from './quote-cues.js';
import { CUE_WORDS } from './lexicon/cues.js';
import { TEMPLATES, cls, cueFeatureValues, featureValues, tokenize } from './quote-cue-features.js';
import type { Codec, CueContext, FeatureValues, Token } from './quote-cue-features.js';

export interface CueModel {
  /** Words that may head a cue: scored; others never are. */
  candidates: Set<string>;
  /** Every value a weighted feature has ("said", "MENT", "ed") → a number, so that a feature's key is a
   * number computed from its template and values rather than a string built per word. */
  values: Map<string, number>;
  /** Template and values' numbers → weight. The key stays a small integer (which V8 hashes without
   * allocating): a third value is joined to the second ("MENT|TO"), which only small enumerations have. */
  weights: Map<number, number>;
  /** The same weights in a flat open-addressing table (keys, then weights), probed with a few typed-array reads:
   * several times faster than the Map on a model of ten thousand weights, which misses the cache per lookup. */
  table: WeightTable;
  /** The numbers of a joined pair of values: b's and c's numbers (b + radix × c) → the number of "b|c". */
  pairs: Map<number, number>;
  /** Head → word sequences a cue keeps after it ("voted" → [against], [for]), longest first. */
  tails: Map<string, string[][]>;
}

interface CueModelFile {
  candidates: string[];
  /** "head word …": the words after a head that gold cues keep (voted against, took issue with). */
  tails?: string[];
  /** Feature → weight, as integers (the averaged weights times `scale`). */
  weights: Record<string, number>;
  scale: number;
}

export function loadCueModel(file: CueModelFile): CueModel {
  const values = new Map<string, number>();
  const id = (v: string): number => {
    let k = values.get(v);
    if (k === undefined) values.set(v, (k = values.size + 1));
    return k;
  };
  const parsed: [number, number[], number, number[] | null][] = [];
  for (const [f, v] of Object.entries(file.weights)) {
    const eq = f.indexOf('=');
    const template = TEMPLATES.indexOf((eq < 0 ? f : f.slice(0, eq)) as (typeof TEMPLATES)[number]);
    const parts = eq < 0 ? [] : f.slice(eq + 1).split('|');
    // A value that is itself "|" cannot be told apart: such a feature is left out.
    if (template < 0 || (eq >= 0 && parts.length !== TEMPLATES[template]!.split('|').length)) continue;
    const pair = parts.length === 3 ? parts.splice(1, 2, `${parts[1]}|${parts[2]}`) : null;
    parsed.push([template, parts.map(id), v / file.scale, pair ? pair.map(id) : null]);
  }
  const weights = new Map<number, number>();
  const pairs = new Map<number, number>();
  const radix = values.size + 1;
  for (const [t, [a, b], w, pair] of parsed) {
    weights.set(t + 32 * ((a ?? 0) + radix * (b ?? 0)), w);
    if (pair) pairs.set(pair[0]! + radix * pair[1]!, b!);
  }
  const tails = new Map<string, string[][]>();
  for (const t of file.tails ?? []) {
    const [head, ...rest] = t.split(' ');
    tails.set(head!, [...(tails.get(head!) ?? []), rest].sort((a, b) => b.length - a.length));
  }
  return { candidates: new Set(file.candidates), values, weights, table: weightTable(weights), pairs, tails };
}

/** Integer keys (≥ 0) → weights, open addressing with linear probing; an empty slot holds key -1. */
export interface WeightTable {
  keys: Int32Array;
  weights: Float64Array;
  /** Slots − 1 (slots: a power of two at least twice the number of keys). */
  mask: number;
}

function weightTable(weights: Map<number, number>): WeightTable {
  let slots = 16;
  while (slots < 2 * weights.size) slots *= 2;
  const t: WeightTable = { keys: new Int32Array(slots).fill(-1), weights: new Float64Array(slots), mask: slots - 1 };
  for (const [k, w] of weights) {
    let h = slot(k, t.mask);
    while (t.keys[h] !== -1) h = (h + 1) & t.mask;
    t.keys[h] = k;
    t.weights[h] = w;
  }
  return t;
}

function slot(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7 & mask;
}

/** The weight of `key`, 0 when it has none. */
function weightOf(t: WeightTable, key: number): number {
  for (let h = slot(key, t.mask); ; h = (h + 1) & t.mask) {
    const k = t.keys[h]!;
    if (k === key) return t.weights[h]!;
    if (k === -1) return 0;
  }
}

/** Where a cue headed by `word` (ending at `end`) ends: after the longest learned tail the text has there. */
export function cueTailEnd(text: string, word: string, end: number, model: CueModel = CUE_MODEL): number {
  const options = model.tails.get(word);
  if (!options) return end;
  const after = tokenize(text, { start: end, end: Math.min(text.length, end + 60) });
  for (const tail of options) {
    if (tail.every((w, k) => after[k]?.low === w)) return after[tail.length - 1]!.end;
  }
  return end;
}

export const CUE_MODEL: CueModel = loadCueModel(weights as CueModelFile);

const NEVER_ALONE = new Set([
  'able', 'against', 'almost', 'among', 'attack', 'attacks', 'became', 'began', 'best', 'brought', 'came', 'campaign',
  'campaigned', 'cannot', 'care', 'debate', 'decision', 'earlier', 'earned', 'ended', 'followed', 'get', 'given', 'giving',
  'going', 'got', 'having', 'held', 'helped', 'hold', 'joined', 'kept', 'last', 'led', 'left', 'less', 'looked', 'make',
  'met', 'need', 'needed', 'needs', 'new', 'nothing', 'own', 'perhaps', 'played', 'policy', 'provided', 'public',
  'received', 'recent', 'returned', 'running', 'spent', 'stand', 'stood', 'strategy', 'supporter', 'supporters', 'took',
  'try', 'under', 'using', 'vote', 'without', 'won', 'working',
]);

/** Candidates the hand lists do not know ("backed", "criticism", "made"): the model alone may make one a cue, and
 * only where a speaker stands before it (quote-indirect.ts). Left out: the 68 that follow a speaker at least 20
 * times in train folds 1–4 but never score over the threshold there ("going", "campaign", "won", "last"), which
 * are most of the words scored for nothing (4,212 of 9,167). */
export const UNLISTED: ReadonlySet<string> = new Set([...CUE_MODEL.candidates].filter((w) => !CUE_WORDS.has(w) && !NEVER_ALONE.has(w)));

/** The numeric codec of one sentence: each token's numbers (its word's, its class's) are looked up once and
 * kept; a value the weights never saw is -1, which no weight has. A class rather than closures: one is made
 * per sentence scored. */
class SentenceIds implements Codec<number> {
  // -2: not looked up yet. Classes: [k] for a token, [n] for the edge, [n + 1] for the first token read as "CAP0".
  private readonly lows: number[];
  private readonly classes: number[];
  private readonly radix: number;

  constructor(
    private readonly model: CueModel,
    private readonly toks: Token[],
    private readonly ctx: CueContext,
  ) {
    // Plain arrays: a typed array costs more to make than the few lookups it saves on a sentence.
    this.lows = new Array<number>(toks.length).fill(-2);
    this.classes = new Array<number>(toks.length + 2).fill(-2);
    this.radix = model.values.size + 1;
  }

  low(k: number): number {
    let id = this.lows[k]!;
    if (id === -2) this.lows[k] = id = this.str(this.toks[k]!.low);
    return id;
  }

  cls(k: number, first: boolean): number {
    const n = this.toks.length;
    const slot = k < 0 || k >= n ? n : first ? n + 1 : k;
    let id = this.classes[slot]!;
    if (id === -2) this.classes[slot] = id = this.str(cls(this.toks[k], this.ctx, first));
    return id;
  }

  str(s: string): number {
    return this.model.values.get(s) ?? -1;
  }

  join(b: number, c: number): number {
    return b < 0 || c < 0 ? -1 : (this.model.pairs.get(b + this.radix * c) ?? -1);
  }
}

/** The score of token `i`: the sum of the weights of its features. A value the weights never saw gives a
 * feature no weight. */
export function scoreToken(
  model: CueModel,
  toks: Token[],
  i: number,
  ctx: CueContext,
  v: FeatureValues<number> = featureValues<number>(),
  codec: Codec<number> = new SentenceIds(model, toks, ctx),
): number {
  const radix = model.values.size + 1;
  const { table } = model;
  cueFeatureValues(toks, i, ctx, v, codec);
  let score = 0;
  for (let t = 0; t < TEMPLATES.length; t++) {
    const a = v.a[t];
    const b = v.b[t];
    const ka = a === undefined ? 0 : a;
    const kb = b === undefined ? 0 : b;
    if (ka < 0 || kb < 0) continue;
    score += weightOf(table, t + 32 * (ka + radix * kb));
  }
  return score;
}

/** Scores of the words of one sentence starting at `starts` (offsets into the text, in order) that are
 * candidates; NaN for the others. The sentence is tokenized only when one of them is. */
export function scoreWords(text: string, s: Span, starts: number[], ctx: CueContext, model: CueModel = CUE_MODEL): number[] {
  const out = starts.map(() => NaN);
  let any = false;
  for (const p of starts) any ||= model.candidates.has(wordAt(text, p));
  if (!any) return out;
  const toks = tokenize(text, s);
  const v = featureValues<number>();
  const codec = new SentenceIds(model, toks, ctx);
  let i = 0;
  for (let k = 0; k < starts.length; k++) {
    while (i < toks.length && toks[i]!.start < starts[k]!) i++;
    const t = toks[i];
    if (t && t.start === starts[k] && model.candidates.has(t.raw)) out[k] = scoreToken(model, toks, i, ctx, v, codec);
  }
  return out;
}

/** The run of a-z letters starting at `p`. */
function wordAt(text: string, p: number): string {
  let e = p;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return text.slice(p, e);
}

/** Thresholds on the score, tuned on train articles the model did not see (CUE_HOLDOUT): a listed cue word
 * scoring below VETO is not a cue there (unless a speaker stands before it, quote-indirect.ts); one above
 * STRONG is a cue even where the lists call it weak; above FALLBACK a cue no pattern took still gets the
 * source before it and the clause after it. Learned tails extend every cue whose lists know no particle. */
export const VETO = -8;
export const STRONG = 7;
export const FALLBACK = 0;

export interface JudgedWord extends WordAt {
  /** The model's score; NaN for a word that is no candidate (no threshold applies to it). */
  score: number;
}

/** The cue words of a sentence as the rules list them (`words`, offsets into the sentence), with their scores. */
export function judgeCueWords(text: string, s: Span, words: WordAt[], ctx: CueContext, model: CueModel = CUE_MODEL): JudgedWord[] {
  const scores = scoreWords(text, s, words.map((w) => s.start + w.index), ctx, model);
  return words.map((w, k) => ({ index: w.index, 0: w[0], score: scores[k]! }));
}
