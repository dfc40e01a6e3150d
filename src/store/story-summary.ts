import { isoInstant } from './dates.js';
import type { StorySummary } from './types.js';

/** What a summary needs of each article. */
export interface SummaryFields {
  title: string | null;
  site: string | null;
  published: string | null;
}

/** Orders ISO 8601 values by instant where they parse, falling back to text order. */
function compareDates(a: string, b: string): number {
  const ta = isoInstant(a);
  const tb = isoInstant(b);
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Summary of one story from its articles (current versions, in story order). */
export function summarizeStory(id: string, title: string, articles: readonly SummaryFields[]): StorySummary {
  const outlets: string[] = [];
  let first: string | null = null;
  let last: string | null = null;
  for (const article of articles) {
    if (article.site && !outlets.includes(article.site)) outlets.push(article.site);
    const published = article.published;
    if (published === null) continue;
    if (first === null || compareDates(published, first) < 0) first = published;
    if (last === null || compareDates(published, last) > 0) last = published;
  }
  return { id, title, articles: articles.length, outlets, firstPublished: first, lastPublished: last };
}

/** A story needs a title even when the caller gives none: the first article title, else its id. */
export function fallbackTitle(id: string, articleTitles: readonly (string | null)[]): string {
  for (const articleTitle of articleTitles) {
    const title = articleTitle?.trim();
    if (title) return title;
  }
  return id;
}
