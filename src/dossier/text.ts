// Small text helpers shared by the dossier builders.
import type { Span } from '../types.js';

const FOLDABLE_SPACE = /\s\s|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The span's text with runs of white space folded, for display. */
export function sliceClean(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  // Most sentences have single ASCII spaces only: the test is several times cheaper than the replace.
  return FOLDABLE_SPACE.test(slice) ? slice.replace(/\s+/g, ' ').trim() : slice.trim();
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);
  return m ? m.length : 0;
}

/** The sentence holding a span, if any. */
export function sentenceOf(sentences: Span[], span: Span): Span | undefined {
  return sentences.find((s) => s.start <= span.start && span.start < s.end);
}

/** Most frequent non-null value; ties go to the first seen. */
export function mostFrequent<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v === null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
