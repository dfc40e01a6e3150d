// Search over a collection by words, date, outlet and actor. Words go to the backend's full-text index;
// the actor filter reads the stored readings, since mentions are not indexed by the store.
import type { SearchHit, Store, StoredArticle } from './types.js';

export interface CollectionQuery {
  q?: string;
  since?: string;
  outlet?: string;
  /** Only articles that mention this actor id. */
  actor?: string;
  limit?: number;
}

function mentions(stored: StoredArticle, actor: string): boolean {
  return stored.reading.mentions.some((m) => m.actor === actor);
}

const byDateDesc = (a: string | null, b: string | null): number => (b ?? '').localeCompare(a ?? '');

/**
 * Full-text search, optionally narrowed to articles mentioning an actor; with only an actor, the
 * articles mentioning it (newest first), each with the first sentence that names it as the snippet.
 */
export async function searchCollection(store: Store, query: CollectionQuery): Promise<SearchHit[]> {
  const limit = query.limit ?? 20;
  const q = query.q?.trim();
  if (q) {
    if (!query.actor) return store.search(q, { since: query.since, outlet: query.outlet, limit });
    const hits = await store.search(q, { since: query.since, outlet: query.outlet, limit: Math.max(limit * 10, 200) });
    const out: SearchHit[] = [];
    for (const hit of hits) {
      const stored = await store.article(hit.id);
      if (stored && mentions(stored, query.actor)) out.push(hit);
      if (out.length >= limit) break;
    }
    return out;
  }
  if (!query.actor) return [];
  const actor = query.actor;
  const since = query.since;
  const outlet = query.outlet?.toLowerCase();
  return (await store.articles())
    .filter((s) => mentions(s, actor))
    .filter((s) => !since || (s.article.published !== null && s.article.published >= since))
    .filter((s) => !outlet || s.article.site?.toLowerCase() === outlet)
    .sort((a, b) => byDateDesc(a.article.published, b.article.published))
    .slice(0, limit)
    .map((s) => {
      const m = s.reading.mentions.find((x) => x.actor === actor)!;
      const sentence = s.reading.sentences.find((x) => x.start <= m.start && m.end <= x.end) ?? m;
      return { id: s.id, title: s.article.title, snippet: s.article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim() };
    });
}
