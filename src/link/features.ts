// What similarity and grouping compare: a weighted bag of content words and
// the set of names a text mentions, both computed once per text.

import { contentWords, type ContentWords } from './reuse.js';
import { tokenize, type Token } from './tokens.js';

export interface TextFeatures {
  tokens: Token[];
  content: ContentWords;
  /** Unit-length tf-idf vector over content stems (sublinear tf, background idf). */
  vector: Map<string, number>;
  /** Names: capitalised non-initial words and given actor names, as stems, with their idf. */
  names: Map<string, number>;
  /** A surface form for each name stem, for human-readable reasons. */
  nameForms: Map<string, string>;
  /** A surface form for each content stem. */
  termForms: Map<string, string>;
}

export function features(text: string, actors: readonly string[] = []): TextFeatures {
  const tokens = tokenize(text);
  const content = contentWords(text, tokens);
  const tf = new Map<string, number>();
  const termForms = new Map<string, string>();
  // Each stem's idf, in the order stems first occur (the order `tf` iterates in).
  const idfs: number[] = [];
  for (const t of tokens) {
    if (t.stop || isContraction(t.norm)) continue;
    const n = tf.get(t.stem);
    tf.set(t.stem, (n ?? 0) + 1);
    if (n === undefined) {
      termForms.set(t.stem, t.norm);
      idfs.push(t.idf);
    }
  }
  const vector = new Map<string, number>();
  let norm = 0;
  let k = 0;
  for (const [s, n] of tf) {
    const w = (1 + Math.log(n)) * idfs[k++]!;
    vector.set(s, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [s, w] of vector) vector.set(s, w / norm);

  const names = new Map<string, number>();
  const nameForms = new Map<string, string>();
  for (const t of tokens) {
    if (!t.cap || t.num || isContraction(t.norm)) continue;
    names.set(t.stem, Math.max(1, t.idf));
    if (!nameForms.has(t.stem)) nameForms.set(t.stem, text.slice(t.start, t.end).replace(/['’]s$/, ''));
  }
  for (const actor of actors) {
    const key = `@${actor.toLowerCase()}`;
    names.set(key, 4);
    nameForms.set(key, actor);
  }
  return { tokens, content, vector, names, nameForms, termForms };
}

/**
 * "don't", "they're", "I'll": function words the stop list cannot hold in every form. Left in,
 * each weighed as a rare term (none is in the background idf table) and matched opinion pieces.
 */
const CONTRACTION = /'(?:t|re|ve|ll|d|m)$/;
function isContraction(norm: string): boolean {
  return norm.includes("'") && CONTRACTION.test(norm);
}

/** Dot product of two sparse vectors. */
export function dotMaps<K>(a: Map<K, number>, b: Map<K, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) d += w * v;
  }
  return d;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const dot = dotMaps(a, b);
  return Math.min(1, Math.max(0, dot));
}

/** Idf-weighted Jaccard of two name sets; null when neither names anything. */
export function nameOverlap(a: Map<string, number>, b: Map<string, number>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let shared = 0;
  let union = 0;
  for (const [k, w] of a) {
    union += w;
    if (b.has(k)) shared += w;
  }
  for (const [k, w] of b) if (!a.has(k)) union += w;
  return union > 0 ? shared / union : 0;
}

/** Terms both vectors weigh most, strongest first. */
export function sharedTerms(a: Map<string, number>, b: Map<string, number>, limit: number): string[] {
  const out: [string, number][] = [];
  for (const [k, w] of a) {
    const v = b.get(k);
    if (v !== undefined) out.push([k, w * v]);
  }
  return out
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k);
}
