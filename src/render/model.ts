// Lookups and orderings every renderer needs, derived once from a dossier story so the
// terminal, Markdown, CSV and HTML views agree on labels, numbering and order.
import type { Dossier, DossierArticle, DossierClaim, DossierStory } from '../dossier/schema.js';

export interface StoryArticle {
  id: string;
  /** 1-based number within the story, used as the short reference "[n]". */
  number: number;
  /** The article record, or null when the story names an id the dossier lacks. */
  article: DossierArticle | null;
  /** The key this article's outlet has in `claims[].outlets`: the outlet, else the article id. */
  outletKey: string;
}

export interface StoryView {
  story: DossierStory;
  articles: StoryArticle[];
  /** Outlet keys in story order, then any that only claims mention. */
  outlets: string[];
  /** Claims with the widest coverage first (stable for ties). */
  claims: DossierClaim[];
  sharedClaims: DossierClaim[];
  uniqueByOutlet: { outlet: string; claims: DossierClaim[] }[];
  articleById: Map<string, StoryArticle>;
  actorName: (id: string | null) => string | null;
  outletLabel: (key: string) => string;
  /** "Outlet" of an article id, for sources and quotes. */
  outletOfArticle: (id: string) => string;
}

/** The last path segment of an id, which is what a person recognises of a file path. */
export function shortId(id: string): string {
  const parts = id.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? id;
}

/** Date part of an ISO 8601 value, the value as given when it is not ISO, or "date unknown". */
export function formatDate(value: string | null): string {
  if (!value) return 'date unknown';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : value;
}

export function buildStoryView(dossier: Dossier, story: DossierStory): StoryView {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const articles: StoryArticle[] = story.articles.map((id, i) => {
    const article = byId.get(id) ?? null;
    return { id, number: i + 1, article, outletKey: article?.outlet ?? id };
  });
  const articleById = new Map(articles.map((a) => [a.id, a]));

  const outletLabel = (key: string): string => {
    const a = byId.get(key);
    return a && a.outlet === null ? `${shortId(key)} (outlet unknown)` : key;
  };
  const outletOfArticle = (id: string): string => {
    const a = byId.get(id);
    return outletLabel(a?.outlet ?? id);
  };

  const outlets = unique([...story.outlets, ...story.claims.flatMap((c) => c.outlets)]);
  const claims = story.claims
    .map((c, i) => ({ c, i }))
    .sort((x, y) => unique(y.c.outlets).length - unique(x.c.outlets).length || x.i - y.i)
    .map((x) => x.c);
  const claimById = new Map(story.claims.map((c) => [c.id, c]));
  const sharedIds = new Set(story.shared);
  const sharedClaims = claims.filter((c) => sharedIds.has(c.id));
  const uniqueByOutlet = story.unique.map((u) => ({
    outlet: u.outlet,
    claims: u.claims.map((id) => claimById.get(id)).filter((c): c is DossierClaim => c !== undefined),
  }));

  const actors = new Map(story.actors.map((a) => [a.id, a.name]));
  const actorName = (id: string | null): string | null => (id === null ? null : (actors.get(id) ?? id));

  return { story, articles, outlets, claims, sharedClaims, uniqueByOutlet, articleById, actorName, outletLabel, outletOfArticle };
}

/** Every outlet key of the dossier, in first-seen order, for filters and CSV columns. */
export function allOutlets(dossier: Dossier): string[] {
  return unique(
    dossier.stories.flatMap((s) => [...s.outlets, ...s.claims.flatMap((c) => c.outlets)]),
  );
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
