// What both backends do alike with a story grouping: check it before storing it (ids present and unique,
// no article listed twice in one story), rewrite only what changed, and read back what the index covers.
import type { StoryGroup } from '../types.js';
import type { SeenPosition } from './types.js';
import { StoreError } from './errors.js';

export function groupingArticleIds(stories: readonly StoryGroup[]): Set<string> {
  const seen = new Set<string>();
  const all = new Set<string>();
  for (const story of stories) {
    if (story.id.trim() === '') throw new StoreError('a story has an empty id');
    if (seen.has(story.id)) throw new StoreError(`story id ${story.id} appears twice in the grouping`);
    seen.add(story.id);
    const members = new Set<string>();
    for (const id of story.articles) {
      if (members.has(id)) throw new StoreError(`story ${story.id} lists article ${id} twice`);
      members.add(id);
      all.add(id);
    }
  }
  return all;
}

/**
 * How many leading members a stored story keeps when rewritten: the length of the common prefix of
 * its stored and new member lists. Members are listed in the order they joined, so an article joining
 * a story is usually its last member, and only the rows past the prefix need deleting and inserting
 * (a story of hundreds of members then costs one row, not hundreds, per added article).
 */
export function keptMembers(stored: readonly string[], now: readonly string[]): number {
  const n = Math.min(stored.length, now.length);
  let k = 0;
  while (k < n && stored[k] === now[k]) k++;
  return k;
}

/** A stored seen position (two nullable columns) as `LinkLog.seen`: null unless both are set. */
export function seenOf(row: { seq: number | string | null; versions: number | string | null } | undefined): SeenPosition | null {
  if (!row || row.seq === null || row.versions === null) return null;
  const seq = Number(row.seq);
  const versions = Number(row.versions);
  return Number.isSafeInteger(seq) && Number.isSafeInteger(versions) ? { seq, versions } : null;
}
