// How alike two articles are, as one score in [0, 1]: topical overlap of
// content words, overlap of the names they mention, and how much text they share.

import { alignContent } from './reuse.js';
import { cosine, features, nameOverlap, type TextFeatures } from './features.js';

/** Share of each side covered by shared passages, averaged over the two sides. */
function coverage(a: TextFeatures, b: TextFeatures): number {
  if (a.content.stems.length === 0 || b.content.stems.length === 0) return 0;
  const passages = alignContent(a.content, b.content);
  const lenA = a.tokens.length > 0 ? a.content.ends[a.content.ends.length - 1]! - a.content.starts[0]! : 0;
  const lenB = b.tokens.length > 0 ? b.content.ends[b.content.ends.length - 1]! - b.content.starts[0]! : 0;
  let covA = 0;
  let covB = 0;
  for (const p of passages) {
    covA += p.a.end - p.a.start;
    covB += p.b.end - p.b.start;
  }
  return Math.min(1, (lenA > 0 ? covA / lenA : 0) * 0.5 + (lenB > 0 ? covB / lenB : 0) * 0.5);
}

/**
 * Topic score without passage alignment (cheap: used for grouping).
 * Names count for a quarter: two reports of one event name the same people and places.
 */
export function topicScore(a: TextFeatures, b: TextFeatures): number {
  const cos = cosine(a.vector, b.vector);
  const names = nameOverlap(a.names, b.names);
  return names === null ? cos : 0.75 * cos + 0.25 * names;
}

/** Score of two texts whose features are known. Symmetric in its arguments. */
export function scoreFeatures(a: TextFeatures, b: TextFeatures): number {
  const topic = topicScore(a, b);
  const cov = coverage(a, b);
  // Shared passages lift the score (a republished copy is the same story even if
  // it adds much), but never lower it.
  const raw = Math.min(1, Math.max(0, Math.max(topic, 0.5 * topic + 0.5 * cov)));
  return calibrate(raw);
}

// Raw scores of two reports of one event sit around 0.3-0.6 (they share names
// and key terms but word their texts differently); a concave map spreads them
// towards the top of the scale while keeping 0 at 0 and 1 at 1.
const CURVE = 2.5;
function calibrate(x: number): number {
  return (1 - Math.exp(-CURVE * x)) / (1 - Math.exp(-CURVE));
}

/**
 * Calibrated similarity of two articles in [0, 1]: 1 for the same text,
 * near 0 for unrelated texts, high for two reports of one event.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return a.trim().length > 0 ? 1 : 0;
  // Alignment is not exactly symmetric; fix an order so the score is.
  const [x, y] = a < b ? [a, b] : [b, a];
  const fx = features(x);
  const fy = features(y);
  if (fx.content.stems.length === 0 || fy.content.stems.length === 0) return 0;
  return Math.round(scoreFeatures(fx, fy) * 1e6) / 1e6;
}
