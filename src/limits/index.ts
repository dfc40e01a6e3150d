// Resource limits for one batch: how large a document or article may be, and how long the per-article
// stages may run on one input. An input over a limit is skipped with a problem that says which limit,
// so the rest of the batch goes on and the dossier says what was left out.

import type { Budget } from '../common/budget.js';
import { UNLIMITED } from '../common/budget.js';

export type ArticleStage = 'extract' | 'read';
/** Stages that work on a story (its articles together) rather than one input. */
export type StoryStage = 'link' | 'dossier';

export interface Limits {
  /** Largest document content given to extract, in characters (HTML or text as decoded). */
  maxDocumentChars: number;
  /** Largest article text given to read and link, in characters. */
  maxArticleChars: number;
  /** Time budget per input for each per-article stage, in ms; null = unbounded. Enforced only in worker threads. */
  stageMs: Record<ArticleStage, number | null>;
  /**
   * Time budget per story for the story stages, in ms; null = unbounded. Link's budget covers finding the
   * passages a story's articles share, dossier's the aligning of its claims and conflicts. Enforced in
   * this thread by the stage checking its budget, so no worker is needed; past it the story keeps what
   * was found and the dossier says what was skipped.
   */
  storyMs: Record<StoryStage, number | null>;
  /** Heap cap per worker thread, in MB; a worker over it is ended and its input skipped. */
  workerHeapMb: number;
}

/**
 * Defaults sized for news: the largest real article pages are a few MB of HTML and well under 200k
 * characters of text; read's cost grows with text length, so a 1M-character "article" is a hostile input.
 */
export const DEFAULT_LIMITS: Limits = {
  maxDocumentChars: 20_000_000,
  maxArticleChars: 300_000,
  stageMs: { extract: 10_000, read: 10_000 },
  storyMs: { link: 10_000, dossier: 10_000 },
  workerHeapMb: 1024,
};

export interface LimitOptions {
  maxDocumentChars?: number;
  maxArticleChars?: number;
  stageMs?: Partial<Record<ArticleStage, number | null>>;
  storyMs?: Partial<Record<StoryStage, number | null>>;
  workerHeapMb?: number;
}

export function resolveLimits(options: LimitOptions = {}): Limits {
  return {
    maxDocumentChars: options.maxDocumentChars ?? DEFAULT_LIMITS.maxDocumentChars,
    maxArticleChars: options.maxArticleChars ?? DEFAULT_LIMITS.maxArticleChars,
    stageMs: { ...DEFAULT_LIMITS.stageMs, ...options.stageMs },
    storyMs: { ...DEFAULT_LIMITS.storyMs, ...options.storyMs },
    workerHeapMb: options.workerHeapMb ?? DEFAULT_LIMITS.workerHeapMb,
  };
}

/** The problem text for an input over a size limit. */
export function tooLarge(what: 'document' | 'article text', size: number, limit: number, stage: ArticleStage): string {
  return `skipped: too large (${what} of ${size} characters, over the ${limit}-character limit for ${stage})`;
}

/** The problem text for an input over a time budget. */
export function tooSlow(stage: ArticleStage | StoryStage, ms: number): string {
  return `skipped: too slow (over ${formatSeconds(ms)} s in ${stage})`;
}

/** The problem text for an input whose worker ran out of memory. */
export function outOfMemory(stage: ArticleStage | StoryStage, heapMb: number): string {
  return `skipped: too large (over the ${heapMb} MB memory limit in ${stage})`;
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 10) / 100);
}

/** A budget of `ms` from now (null: none), read from the monotonic clock. */
export function budgetFor(ms: number | null): Budget {
  if (ms === null) return UNLIMITED;
  const end = performance.now() + ms;
  return { expired: () => performance.now() > end };
}
