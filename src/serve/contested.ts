// How contested a story is. Two signals, in this order:
//   1. conflicts — claims the outlets tell differently (different numbers for the same counted
//      thing, different dates, a different named source), as link's findConflicts reads them;
//   2. single-outlet claims — claims only one outlet carries. They count only when the story has
//      two or more outlets: in a one-outlet story every claim is "single-outlet" and nothing is
//      contested.
// "Most contested" orders by conflicts, then single-outlet claims, then size.
import type { DossierStory } from '../dossier/index.js';

export interface Contest {
  conflicts: number;
  singleOutletClaims: number;
  claims: number;
  outlets: number;
}

export function contestOf(story: DossierStory, conflicts: number): Contest {
  const outlets = new Set(story.outlets).size;
  const single = outlets >= 2 ? story.claims.filter((c) => new Set(c.outlets).size === 1).length : 0;
  return { conflicts, singleOutletClaims: single, claims: story.claims.length, outlets };
}

/** Most contested first; ties by story size, so the order is total given the ids. */
export function compareContest(a: Contest & { articles: number; id: string }, b: Contest & { articles: number; id: string }): number {
  return (
    b.conflicts - a.conflicts ||
    b.singleOutletClaims - a.singleOutletClaims ||
    b.articles - a.articles ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
