// The link stage: which articles tell the same story, and what text the
// articles of one story share.

import type { LinkInput, Linkage, ReuseLink } from '../types.js';
import { StoryIndex, type GroupOptions } from './group.js';
import { alignContent, contentWords, type ContentWords, type ReuseOptions } from './reuse.js';

export interface LinkOptions {
  group?: GroupOptions;
  reuse?: ReuseOptions;
}

/** Stories, and shared passages for each pair of articles within a story (never across stories). */
export function link(articles: LinkInput[], options: LinkOptions = {}): Linkage {
  const index = new StoryIndex(options.group);
  for (const a of articles) index.add(a);
  const stories = index.stories();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const words = new Map<string, ContentWords>();
  const wordsOf = (id: string): ContentWords => {
    let w = words.get(id);
    if (!w) {
      w = contentWords(byId.get(id)!.text);
      words.set(id, w);
    }
    return w;
  };
  const reuse: ReuseLink[] = [];
  for (const story of stories) {
    let passages = 0;
    for (let i = 0; i < story.articles.length; i++) {
      for (let j = i + 1; j < story.articles.length; j++) {
        const a = story.articles[i]!;
        const b = story.articles[j]!;
        const found = alignContent(wordsOf(a), wordsOf(b), options.reuse);
        if (found.length > 0) {
          reuse.push({ a, b, passages: found });
          passages += found.length;
        }
      }
    }
    if (passages > 0) story.reasons.push(`${passages} shared passage${passages === 1 ? '' : 's'}`);
  }
  return { stories, reuse };
}

export { similarity } from './similarity.js';
export { findReuse } from './reuse.js';
export { groupStories, StoryIndex } from './group.js';
export type { GroupOptions } from './group.js';
export type { ReuseOptions } from './reuse.js';
export { alignClaims } from './claims.js';
export type { ClaimOptions } from './claims.js';
