// Checks a story grouping before either backend stores it: ids present and unique, no article listed
// twice in one story. Returns every article id the grouping names, for the backend to look up.
import type { StoryGroup } from '../types.js';
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
