// Regrouping a collection into stories: the whole collection, in an order that does not depend
// on which process added which article first, so every run over the same articles (one process
// or many workers) stores the same grouping.
import type { AnalyzedArticle } from '../dossier/index.js';
import { groupStories } from '../link/index.js';
import { toLinkInput } from '../pipeline/index.js';
import type { Store, StoredArticle } from '../store/index.js';

/** Story titles: the earliest dated titled article, else the first article's first words. */
export function titleFor(articles: AnalyzedArticle[]): string {
  const sorted = [...articles].sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999'));
  const titled = sorted.find((a) => a.article.title);
  if (titled?.article.title) return titled.article.title;
  const first = sorted[0]?.article.text.replace(/\s+/g, ' ').trim() ?? '';
  return first.length > 100 ? `${first.slice(0, 99)}…` : first || 'Untitled story';
}

/**
 * Grouping is incremental (each article joins the best earlier story), so its input order matters.
 * Store order is first-add order, which differs between concurrent workers: order by publication
 * date (undated last), then by id (derived from the identity alone), instead.
 */
export function canonicalOrder(stored: readonly StoredArticle[]): StoredArticle[] {
  const key = (s: StoredArticle): string => s.article.published ?? '\uffff';
  return [...stored].sort((a, b) => key(a).localeCompare(key(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Regroups the whole collection and stores the grouping; returns the number of stories. */
export async function regroup(store: Store): Promise<number> {
  const stored = canonicalOrder(await store.articles());
  const analyzed = new Map(stored.map((s) => [s.id, { article: s.article, reading: s.reading }]));
  const groups = groupStories(stored.map((s) => ({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id })));
  const titles = Object.fromEntries(groups.map((g) => [g.id, titleFor(g.articles.map((id) => analyzed.get(id)!))]));
  await store.replaceStories(groups, titles);
  return groups.length;
}
