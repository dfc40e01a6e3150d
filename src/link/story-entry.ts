// What the story index keeps of each article, and the scores it computes on that: compact
// typed arrays (100k articles must fit in memory), compared with a new article's full vectors.

import type { TextFeatures } from './features.js';
export { dotMaps } from './features.js';
import { fnv1a as hash } from '../common/hash.js';

/** An added article as the index keeps it. */
export interface Entry {
  id: string;
  order: number;
  time: number | null;
  /** The piece (online story) it joined. */
  story: number;
  /** Strongest content stems (vocabulary ids) and their unit-vector weights, strongest first. */
  terms: Int32Array;
  weights: Float32Array;
  /** Name stems (vocabulary ids) and their idf weights; `nameTotal` is their sum. */
  names: Int32Array;
  nameWeights: Float32Array;
  nameTotal: number;
}

/** An article being added (or an entry being compared): vectors as maps keyed by vocabulary id. */
export interface Query {
  vector: Map<number, number>;
  names: Map<number, number>;
  nameTotal: number;
  /**
   * `vector` spread over vocabulary ids (0 where absent), when the caller keeps one: an array index
   * instead of a hash lookup per stored term, the hot loop of adding an article. Same sums exactly.
   */
  dense?: Float64Array;
}

export const DAY = 86_400_000;

/** Content-word 5-grams whose hash falls in 1 of this many buckets are indexed (deterministic sampling). */
const SHINGLE_SAMPLE = 4;
/** Sampled shingles kept per article (smallest hashes): bounded, and shared by near-copies. */
const SHINGLES_PER_ARTICLE = 8;
/** Terms kept in a story centroid. */
const CENTROID_TERMS = 400;

export function parseTime(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

export function byWeight(x: [number, number], y: [number, number]): number {
  return y[1] - x[1] || x[0] - y[0];
}

/** Hashes of sampled content-word 5-grams (1 in SHINGLE_SAMPLE), the smallest few. */
export function shingleKeys(f: TextFeatures): number[] {
  const out = new Set<number>();
  const s = f.content.stems;
  // Each stem hashed once, then five hashes mixed per window: no string built per 5-gram (a hot path at 100k articles).
  const hs = new Uint32Array(s.length);
  for (let i = 0; i < s.length; i++) hs[i] = hash(s[i]!);
  for (let i = 0; i + 5 <= s.length; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < 5; j++) h = Math.imul(h ^ hs[i + j]!, 0x85ebca6b) ^ (h >>> 13);
    h >>>= 0;
    if (h % SHINGLE_SAMPLE === 0) out.add(h);
  }
  return [...out].sort((x, y) => x - y).slice(0, SHINGLES_PER_ARTICLE);
}

/** Idf-weighted Jaccard of a query's names and a stored article's; null when neither names anything. */
export function nameScore(q: Query, e: Entry): number | null {
  if (q.names.size === 0 && e.names.length === 0) return null;
  let shared = 0;
  for (let i = 0; i < e.names.length; i++) if (q.names.has(e.names[i]!)) shared += e.nameWeights[i]!;
  const union = q.nameTotal + e.nameTotal - shared;
  return union > 0 ? shared / union : 0;
}

export function dot(q: Query, e: Entry): number {
  let d = 0;
  const dense = q.dense;
  if (dense) {
    for (let i = 0; i < e.terms.length; i++) d += dense[e.terms[i]!]! * e.weights[i]!;
    return Math.min(1, d);
  }
  for (let i = 0; i < e.terms.length; i++) {
    const v = q.vector.get(e.terms[i]!);
    if (v !== undefined) d += v * e.weights[i]!;
  }
  return Math.min(1, d);
}

/** The topic score of ./similarity.ts, on compact entries. */
export function score(q: Query, e: Entry): number {
  const cos = dot(q, e);
  const names = nameScore(q, e);
  return names === null ? cos : 0.75 * cos + 0.25 * names;
}

/** Mean score over pairs from a summed cosine and per-pair name scores (pairs where neither side names anything score on cosine alone, as in `score`). */
export function meanOf(cos: number, nameSum: number, named: number, pairs: number): number {
  const share = named / pairs;
  return named > 0 ? (1 - 0.25 * share) * cos + 0.25 * share * (nameSum / named) : cos;
}

export function pairsOf(keys: Int32Array, weights: Float32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, weights[i]!);
  return m;
}

/** An entry as a query (names only are needed to compare two entries' names). */
export function namesQuery(e: Entry): Query {
  return { vector: new Map(), names: pairsOf(e.names, e.nameWeights), nameTotal: e.nameTotal };
}

export function addInto(centroid: Map<number, number>, terms: Int32Array, weights: Float32Array): void {
  for (let i = 0; i < terms.length; i++) centroid.set(terms[i]!, (centroid.get(terms[i]!) ?? 0) + weights[i]!);
  prune(centroid);
}

/** Keeps a centroid's strongest terms once it grows well past CENTROID_TERMS. */
function prune(centroid: Map<number, number>): void {
  if (centroid.size <= 2 * CENTROID_TERMS) return;
  const kept = [...centroid].sort(byWeight).slice(0, CENTROID_TERMS);
  centroid.clear();
  for (const [t, w] of kept) centroid.set(t, w);
}

