// The link stage: which articles tell the same story, and what text the
// articles of one story share.

import type { LinkInput, Linkage, ReuseLink } from '../types.js';
import { StoryIndex, type GroupOptions } from './group.js';
import { alignContent, contentWords, type ContentWords, type ReuseOptions } from './reuse.js';
import { fnv1a as hash } from '../common/hash.js';
import { UNLIMITED, type Budget } from '../common/budget.js';

export interface LinkOptions {
  group?: GroupOptions;
  reuse?: ReuseOptions;
  /** A fresh time budget for each story's passage search; pairs left when it runs out are skipped. */
  storyBudget?: () => Budget;
}

/** A story whose passage search ran out of time: how many of its article pairs were not aligned. */
export interface SkippedAlignment {
  story: string;
  pairs: number;
}

/** A story this small has every pair aligned; a larger one only pairs that share a sampled 5-gram. */
const ALL_PAIRS_UP_TO = 12;
/** Members kept per sampled 5-gram: text shared by more is boilerplate or a mass copy. */
const SHINGLE_MEMBERS_CAP = 32;


/** Index pairs (i < j, sorted) of a story's articles worth aligning: never all pairs of a large story. */
function pairsToAlign(ids: string[], wordsOf: (id: string) => ContentWords): [number, number][] {
  const out: [number, number][] = [];
  if (ids.length <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([i, j]);
    return out;
  }
  const members = new Map<number, number[]>();
  ids.forEach((id, k) => {
    const s = wordsOf(id).stems;
    const seen = new Set<number>();
    for (let i = 0; i + 5 <= s.length; i++) {
      const h = hash(`${s[i]} ${s[i + 1]} ${s[i + 2]} ${s[i + 3]} ${s[i + 4]}`);
      if (h % 4 !== 0 || seen.has(h)) continue;
      seen.add(h);
      const list = members.get(h) ?? [];
      if (list.length < SHINGLE_MEMBERS_CAP) list.push(k);
      members.set(h, list);
    }
  });
  const pairs = new Set<number>();
  for (const list of members.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x]! * ids.length + list[y]!);
  }
  return [...pairs].sort((p, q) => p - q).map((p) => [Math.floor(p / ids.length), p % ids.length]);
}

/**
 * Shared passages between the articles of one story: every pair of a small story, the pairs sharing a
 * sampled 5-gram in a large one. Pairs left when the budget runs out are counted, not aligned.
 */
export function storyReuse(
  articles: { id: string; text: string }[],
  options: ReuseOptions = {},
  budget: Budget = UNLIMITED,
): { reuse: ReuseLink[]; skippedPairs: number } {
  const words = articles.map((a) => contentWords(a.text));
  const wordsById = new Map(articles.map((a, i) => [a.id, words[i]!]));
  const pairs = pairsToAlign(articles.map((a) => a.id), (id) => wordsById.get(id)!);
  const reuse: ReuseLink[] = [];
  for (const [k, [i, j]] of pairs.entries()) {
    // Checked between pairs: one pair is bounded by the article size caps, a story's pairs are not.
    if (budget.expired()) return { reuse, skippedPairs: pairs.length - k };
    const found = alignContent(words[i]!, words[j]!, options);
    if (found.length > 0) reuse.push({ a: articles[i]!.id, b: articles[j]!.id, passages: found });
  }
  return { reuse, skippedPairs: 0 };
}

/** Stories, and shared passages for each pair of articles within a story (never across stories). */
export function link(articles: LinkInput[], options: LinkOptions = {}): Linkage & { skipped: SkippedAlignment[] } {
  const index = new StoryIndex(options.group);
  for (const a of articles) index.add(a);
  const stories = index.stories();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reuse: ReuseLink[] = [];
  const skipped: SkippedAlignment[] = [];
  for (const story of stories) {
    const found = storyReuse(story.articles.map((id) => byId.get(id)!), options.reuse, options.storyBudget?.() ?? UNLIMITED);
    reuse.push(...found.reuse);
    if (found.skippedPairs > 0) skipped.push({ story: story.id, pairs: found.skippedPairs });
    const passages = found.reuse.reduce((n, r) => n + r.passages.length, 0);
    if (passages > 0) story.reasons.push(`${passages} shared passage${passages === 1 ? '' : 's'}`);
  }
  return { stories, reuse, skipped };
}

export { similarity } from './similarity.js';
export { findReuse } from './reuse.js';
export { groupStories, StoryIndex } from './group.js';
export type { GroupOptions, SavedStoryIndex } from './group.js';
export type { ReuseOptions } from './reuse.js';
export { alignClaims } from './claims.js';
export type { ClaimOptions } from './claims.js';
export { findConflicts } from './conflicts.js';
export type { Conflict } from './conflicts.js';
