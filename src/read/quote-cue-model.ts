// A learned judge of attribution cues: an averaged perceptron, trained on PolNeAR's train split by
// scripts/train-cue-model.ts and shipped as weights (lexicon/cue-model.json), scores a cue word the rules
// found (lexicon/cues.ts) from its context (quote-cue-features.ts), when the word headed a gold cue often
// enough in train (a candidate). The rules stay the candidate generator and still find the source and
// content; the score decides whether the word acts as a cue (quote-indirect.ts): it vetoes a listed word,
// makes a weak one strong, and lets a confident one without a pattern take the phrase before it as source.
// The model was trained on every candidate, listed or not (a little better than on listed words alone);
// read() scores only listed words, which halves its cost (adding unlisted words gained little). Learned
// tails ("voted against") end cues the lists know no particle for. Pure: the weights load once, with the module.

import type { Span } from '../types.js';
import weights from './lexicon/cue-model.json' with { type: 'json' };
import type { WordAt } from './quote-cues.js';
import { TEMPLATES, cueFeatureValues, featureValues, tokenize } from './quote-cue-features.js';
import type { CueContext, FeatureValues, Token } from './quote-cue-features.js';

export interface CueModel {
  /** Words that may head a cue: scored; others never are. */
  candidates: Set<string>;
  /** Every value a weighted feature has ("said", "MENT", "ed") → a number, so that a feature's key is a
   * number computed from its template and values rather than a string built per word. */
  values: Map<string, number>;
  /** Template and values' numbers → weight. The key stays a small integer (which V8 hashes without
   * allocating): a third value is joined to the second ("MENT|TO"), which only small enumerations have. */
  weights: Map<number, number>;
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
  const parsed: [number, number[], number][] = [];
  for (const [f, v] of Object.entries(file.weights)) {
    const eq = f.indexOf('=');
    const template = TEMPLATES.indexOf((eq < 0 ? f : f.slice(0, eq)) as (typeof TEMPLATES)[number]);
    const parts = eq < 0 ? [] : f.slice(eq + 1).split('|');
    // A value that is itself "|" cannot be told apart: such a feature is left out.
    if (template < 0 || (eq >= 0 && parts.length !== TEMPLATES[template]!.split('|').length)) continue;
    if (parts.length === 3) parts.splice(1, 2, `${parts[1]}|${parts[2]}`);
    parsed.push([template, parts.map(id), v / file.scale]);
  }
  const weights = new Map<number, number>();
  const radix = values.size + 1;
  for (const [t, [a, b], w] of parsed) weights.set(t + 32 * ((a ?? 0) + radix * (b ?? 0)), w);
  const tails = new Map<string, string[][]>();
  for (const t of file.tails ?? []) {
    const [head, ...rest] = t.split(' ');
    tails.set(head!, [...(tails.get(head!) ?? []), rest].sort((a, b) => b.length - a.length));
  }
  return { candidates: new Set(file.candidates), values, weights, tails };
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

/** The score of token `i`: the sum of the weights of its features. A value the weights never saw gives a
 * feature no weight. */
export function scoreToken(model: CueModel, toks: Token[], i: number, ctx: CueContext, v: FeatureValues = featureValues()): number {
  const { values, weights } = model;
  const radix = values.size + 1;
  cueFeatureValues(toks, i, ctx, v);
  let score = 0;
  for (let t = 0; t < TEMPLATES.length; t++) {
    const a = v.a[t];
    const b = v.b[t];
    const c = v.c[t];
    const ka = a === undefined ? 0 : values.get(a);
    const kb = b === undefined ? 0 : values.get(c === undefined ? b : `${b}|${c}`);
    if (ka === undefined || kb === undefined) continue;
    score += weights.get(t + 32 * (ka + radix * kb)) ?? 0;
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
  const v = featureValues();
  let i = 0;
  for (let k = 0; k < starts.length; k++) {
    while (i < toks.length && toks[i]!.start < starts[k]!) i++;
    const t = toks[i];
    if (t && t.start === starts[k] && model.candidates.has(t.raw)) out[k] = scoreToken(model, toks, i, ctx, v);
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
