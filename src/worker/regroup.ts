// Regrouping a collection into stories: the whole collection, in an order that does not depend
// on which process added which article first, so every run over the same articles (one process
// or many workers) stores the same grouping.
import type { AnalyzedArticle } from '../dossier/index.js';
import { StoryIndex, type SavedStoryIndex } from '../link/index.js';
import { toLinkInput } from '../pipeline/index.js';
import type { Store, StoredArticle } from '../store/index.js';
import type { LinkInput } from '../types.js';

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

/** What regroup saves in the store: the index and, in its entry order, which article version each entry is. */
interface LinkState {
  covered: [id: string, version: number][];
  index: SavedStoryIndex;
}

/** How a regroup went: stories stored, articles in the collection and added to the index, and whether it was rebuilt from all articles. */
export interface RegroupResult {
  stories: number;
  articles: number;
  placed: number;
  rebuilt: boolean;
  /** Stored article id → the id of the story it is in now. */
  storyOf: Map<string, string>;
}

/**
 * The saved index, if it still describes a prefix of the collection in canonical order (same
 * articles, same versions): then adding the rest in order gives exactly what grouping everything
 * would. Otherwise (none saved, an unreadable or older format, an article updated, or an article
 * dated before ones already placed) null, and the caller rebuilds.
 */
async function resumeIndex(store: Store, stored: readonly StoredArticle[]): Promise<StoryIndex | null> {
  const text = await store.loadLinkState();
  if (text === null) return null;
  try {
    const saved = JSON.parse(text) as LinkState;
    if (!Array.isArray(saved.covered) || saved.covered.length > stored.length) return null;
    const prefix = saved.covered.every(([id, version], i) => stored[i]!.id === id && stored[i]!.version === version);
    if (!prefix) return null;
    const index = StoryIndex.fromJSON(saved.index);
    return index.size === saved.covered.length ? index : null;
  } catch {
    return null;
  }
}

const linkInput = (s: StoredArticle): LinkInput => ({ ...toLinkInput({ article: s.article, reading: s.reading }), id: s.id });

/**
 * Groups the collection and stores the grouping and the index behind it. Articles already in
 * the saved index are not read again by the link stage: only the new ones are added, so adding
 * an article to a large collection costs one `add`, not a regroup of everything.
 */
export async function placeStories(store: Store): Promise<RegroupResult> {
  const stored = canonicalOrder(await store.articles());
  let index = await resumeIndex(store, stored);
  const rebuilt = index === null;
  index ??= new StoryIndex();
  const start = index.size;
  for (const s of stored.slice(start)) index.add(linkInput(s));
  const groups = index.stories();
  const analyzed = new Map(stored.map((s) => [s.id, { article: s.article, reading: s.reading }]));
  const titles = Object.fromEntries(groups.map((g) => [g.id, titleFor(g.articles.map((id) => analyzed.get(id)!))]));
  await store.replaceStories(groups, titles);
  if (rebuilt || stored.length > start) {
    const state: LinkState = { covered: stored.map((s) => [s.id, s.version]), index: index.toJSON() };
    await store.saveLinkState(JSON.stringify(state), stored.length);
  }
  const storyOf = new Map<string, string>();
  for (const g of groups) for (const id of g.articles) storyOf.set(id, g.id);
  return { stories: groups.length, articles: stored.length, placed: stored.length - start, rebuilt, storyOf };
}

/** Regroups the collection (incrementally when a saved index allows) and stores the grouping; returns the number of stories. */
export async function regroup(store: Store): Promise<number> {
  return (await placeStories(store)).stories;
}
