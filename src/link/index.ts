// The link stage: which articles tell the same story, and what text the
// articles of one story share.

import type { LinkInput, Linkage, ReuseLink } from '../types.js';
import { StoryIndex, type GroupOptions } from './group.js';
import { alignContent, contentWords, type ContentWords, type ReuseOptions } from './reuse.js';
import { fnv1a as hash } from '../common/hash.js';
import type { Token } from './tokens.js';
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

/** A story this small has every pair aligned; a larger one only pairs that share sampled 5-grams. */
const ALL_PAIRS_UP_TO = 12;
/**
 * A sampled 5-gram pairs each article holding it with the next this many holders (story order, so the
 * nearest in time): text held by hundreds of copies costs a window, not every pair.
 */
const SHINGLE_WINDOW = 12;
/**
 * In a large story each article is aligned with at most this many partners, those sharing the most sampled
 * 5-grams with it: enough to show whom it copies and who copies it, while a story of n near-copies costs
 * O(n) alignments instead of n²/2 (at 10,000 articles, stories of copies made linking the slowest stage).
 */
const PARTNERS_PER_ARTICLE = 6;

/** Index pairs (i < j, sorted) of a story's articles worth aligning: never all pairs of a large story. */
export function pairsToAlign(ids: string[], wordsOf: (id: string) => ContentWords): [number, number][] {
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
      const list = members.get(h);
      if (list) list.push(k);
      else members.set(h, [k]);
    }
  });
  // Shared sampled 5-grams per pair (key i * n + j, i < j).
  const shared = new Map<number, number>();
  for (const list of members.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < Math.min(list.length, x + 1 + SHINGLE_WINDOW); y++) {
        const key = list[x]! * ids.length + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const partners = ids.map(() => [] as [number, number][]);
  for (const [key, count] of shared) {
    const i = Math.floor(key / ids.length);
    const j = key % ids.length;
    partners[i]!.push([j, count]);
    partners[j]!.push([i, count]);
  }
  const kept = new Set<number>();
  partners.forEach((list, i) => {
    list.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    for (const [j] of list.slice(0, PARTNERS_PER_ARTICLE)) kept.add(Math.min(i, j) * ids.length + Math.max(i, j));
  });
  return [...kept].sort((p, q) => p - q).map((p) => [Math.floor(p / ids.length), p % ids.length]);
}

/**
 * Shared passages between the articles of one story: every pair of a small story, the pairs sharing a
 * sampled 5-gram in a large one. Pairs left when the budget runs out are counted, not aligned.
 */
export function storyReuse(
  /** `tokens`: the article's tokens when the caller already has them. */
  articles: { id: string; text: string; tokens?: Token[] }[],
  options: ReuseOptions = {},
  budget: Budget = UNLIMITED,
): { reuse: ReuseLink[]; skippedPairs: number } {
  if (articles.length < 2) return { reuse: [], skippedPairs: 0 };
  const words = articles.map((a) => contentWords(a.text, a.tokens));
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
export type { GroupOptions, SavedStoryIndex, StoryChanges } from './group.js';
export type { ReuseOptions } from './reuse.js';
export { alignClaims } from './claims.js';
export { tokenize } from './tokens.js';
export type { Token } from './tokens.js';
export type { ClaimOptions } from './claims.js';
export { findConflicts } from './conflicts.js';
export type { Conflict } from './conflicts.js';
