// The per-story stages, as a value: the passages a story's articles share, its claims and their conflicts.
// Stories are independent of each other, so this runs in this thread or in a worker (see pool) and gives
// the same result either way. Each part works under the story's time budgets; past one, the story keeps
// what was found and the problems say what was left out.
import type { ClaimCluster, InputProblem, ReuseLink, Span, StoryGroup } from '../types.js';
import { alignClaims, findConflicts, storyReuse, tokenize, type Conflict, type ReuseOptions } from '../link/index.js';
import { budgetFor, tooSlow, type Limits } from '../limits/index.js';
import { OverBudget } from '../common/budget.js';
import { errorMessage } from './article.js';

/** What a story stage needs of an analysed article. */
export interface StoryMember {
  id: string;
  text: string;
  sentences: Span[];
}

export interface StoryWork {
  reuse: ReuseLink[];
  claims: ClaimCluster[];
  conflicts: Conflict[];
  problems: InputProblem[];
}

/**
 * Passages for a reader: word-level alignment gives passages of a sentence or a paragraph, where the
 * sentence-level default (best on PAN, used by `corroborate reuse`) merges two translations of one
 * statement into a few page-long blocks. Below this similarity a word-level passage is mostly topic overlap.
 */
const DOSSIER_REUSE: ReuseOptions = { method: 'words' };
const MIN_PASSAGE_SIMILARITY = 0.55;

function readablePassages(links: ReuseLink[]): ReuseLink[] {
  return links
    .map((l) => ({ ...l, passages: l.passages.filter((p) => p.similarity >= MIN_PASSAGE_SIMILARITY) }))
    .filter((l) => l.passages.length > 0);
}

function problem(story: StoryGroup, message: string): InputProblem {
  return { input: story.articles[0] ?? '', message: `story ${story.id}: ${message}` };
}

export function storyWork(story: StoryGroup, members: StoryMember[], limits: Pick<Limits, 'storyMs'>): StoryWork {
  const problems: InputProblem[] = [];
  let reuse: ReuseLink[] = [];
  // Tokenized once for passages and claims; a one-article story needs neither.
  const tokenized = members.length > 1 ? members.map((m) => ({ ...m, tokens: tokenize(m.text) })) : members;
  try {
    const found = storyReuse(tokenized, DOSSIER_REUSE, budgetFor(limits.storyMs.link));
    reuse = readablePassages(found.reuse);
    const n = found.skippedPairs;
    if (n > 0) problems.push(problem(story, `shared passages of ${n} article pair${n === 1 ? '' : 's'} ${tooSlow('link', limits.storyMs.link ?? 0)}`));
  } catch (error) {
    problems.push(problem(story, `shared passages not found (${errorMessage(error)})`));
  }
  // One budget for the claims and their conflicts: past it the story is shown without them, and says so.
  const budget = budgetFor(limits.storyMs.dossier);
  let claims: ClaimCluster[] | null = null;
  let conflicts: Conflict[] = [];
  try {
    claims = alignClaims(tokenized, { budget });
    conflicts = findConflicts(claims, members, budget);
  } catch (error) {
    const what = claims ? 'conflicts not compared' : 'claims not aligned';
    const why = error instanceof OverBudget ? tooSlow('dossier', limits.storyMs.dossier ?? 0) : `(${errorMessage(error)})`;
    problems.push(problem(story, `${what} ${why}`));
  }
  return { reuse, claims: claims ?? [], conflicts, problems };
}

/** The story's result when its worker failed (ran out of memory, or over the hard time limit). */
export function failedStoryWork(story: StoryGroup, reason: string): StoryWork {
  return { reuse: [], claims: [], conflicts: [], problems: [problem(story, reason)] };
}

/**
 * The order in which a pool should take story jobs: largest first (ties in story order). Taken in story
 * order, a large story that comes last leaves one thread working on it while the other has run out of work.
 */
export function largestFirst(stories: number[], size: (story: number) => number): number[] {
  return [...stories].sort((x, y) => size(y) - size(x) || x - y);
}

/**
 * Stories waiting for work, largest first: the pool's threads take them from the largest end and this
 * thread from the smallest, until they meet. The small ones are cheap to do here (no copy to a thread, and
 * the link code is warm from grouping) while the threads are busy with the large ones.
 */
export class StoryEnds {
  private head = 0;
  private tail: number;

  constructor(private readonly order: readonly number[]) {
    this.tail = order.length;
  }

  get left(): number {
    return this.tail - this.head;
  }

  largest(): number | undefined {
    return this.head < this.tail ? this.order[this.head++] : undefined;
  }

  smallest(): number | undefined {
    return this.head < this.tail ? this.order[--this.tail] : undefined;
  }
}
