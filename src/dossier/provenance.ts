// Provenance of shared passages: republication, copying from an earlier article, or two outlets quoting one source.
import type { ReuseLink, Span } from '../types.js';
import type { DossierReuse } from './schema.js';
import type { ArticleIndex } from './model.js';
import { overlaps, spanCleaner } from './text.js';

/** Share of a text that the passages cover. */
function coverage(spans: Span[], length: number): number {
  if (length === 0) return 0;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let covered = 0;
  let end = -1;
  for (const s of sorted) {
    const start = Math.max(s.start, end);
    if (s.end > start) covered += s.end - start;
    end = Math.max(end, s.end);
  }
  return covered / length;
}

/** Share of passage characters that fall inside quoted or reported speech. */
function quotedShare(spans: Span[], quotes: Span[]): number {
  const total = spans.reduce((n, s) => n + (s.end - s.start), 0);
  if (total === 0) return 0;
  const inside = spans.filter((s) => quotes.some((q) => overlaps(q, s))).reduce((n, s) => n + (s.end - s.start), 0);
  return inside / total;
}

const REPUBLISHED = 0.8;
const QUOTED = 0.5;

export function buildReuse(links: ReuseLink[], index: ArticleIndex): DossierReuse[] {
  const out: DossierReuse[] = [];
  // An article in a large story shares passages with several partners: fold its text once for all of them.
  const cleaners = new Map<string, (span: Span) => string>();
  const cleanerOf = (id: string, text: string) => {
    let c = cleaners.get(id);
    if (!c) cleaners.set(id, (c = spanCleaner(text)));
    return c;
  };
  for (const link of links) {
    const a = index.get(link.a);
    const b = index.get(link.b);
    if (!a || !b || link.passages.length === 0) continue;
    const aSpans = link.passages.map((p) => p.a);
    const bSpans = link.passages.map((p) => p.b);
    const dateA = a.article.published?.slice(0, 10) ?? null;
    const dateB = b.article.published?.slice(0, 10) ?? null;
    const earlier = dateA && dateB && dateA !== dateB ? (dateA < dateB ? link.a : link.b) : null;

    let relation: DossierReuse['relation'];
    let origin: string | null = earlier;
    if (coverage(aSpans, a.article.text.length) >= REPUBLISHED && coverage(bSpans, b.article.text.length) >= REPUBLISHED) {
      relation = 'republication';
    } else if (
      quotedShare(aSpans, a.reading.quotes.map((q) => q.content)) >= QUOTED &&
      quotedShare(bSpans, b.reading.quotes.map((q) => q.content)) >= QUOTED
    ) {
      // Both carry the passages as someone's words: they quote one statement rather than each other.
      relation = 'shared-source';
      origin = null;
    } else {
      relation = earlier ? 'copied' : 'unknown';
    }
    const cleanA = cleanerOf(link.a, a.article.text);
    const cleanB = cleanerOf(link.b, b.article.text);
    out.push({
      a: link.a,
      b: link.b,
      relation,
      origin,
      passages: link.passages.map((p) => ({
        a: p.a,
        b: p.b,
        similarity: Math.round(p.similarity * 1000) / 1000,
        textA: cleanA(p.a),
        textB: cleanB(p.b),
      })),
    });
  }
  return out;
}
