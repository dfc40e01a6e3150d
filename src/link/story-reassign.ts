// After settling, an article may still sit in the wrong story: it joined a piece of another story
// on one close pair before its own story came, and the piece's re-check kept it (it is close enough
// to that story on average, just closer to its own). Merging whole pieces cannot undo that, so each
// article is checked once more against the other stories of its linked component.

/** Components larger than this keep their settled stories as they are (the check is articles × stories). */
const MAX_ARTICLES = 400;
const MAX_STORIES = 64;
/** Passes over the articles: a move can make another one worth it, but rarely more than once. */
const PASSES = 2;

/**
 * Articles closer on average to another group than to the rest of their own move there, when
 * that average reaches `bar` (what one story's pieces need to merge). Articles are taken in
 * ascending order, each move applied at once. `strength(a, b)` is the average link of two member
 * lists. Returns the groups (each ascending, in order of their first member); the input is not
 * changed. Pure given a pure `strength`.
 */
export function reassignArticles(
  groups: readonly (readonly number[])[],
  strength: (a: readonly number[], b: readonly number[]) => number,
  bar: number,
): number[][] {
  const lists = groups.map((g) => g.slice());
  const total = lists.reduce((n, g) => n + g.length, 0);
  if (lists.length < 2 || lists.length > MAX_STORIES || total > MAX_ARTICLES) return sorted(lists);
  const groupOf = new Map<number, number>();
  lists.forEach((g, i) => {
    for (const m of g) groupOf.set(m, i);
  });
  const articles = [...groupOf.keys()].sort((x, y) => x - y);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const x of articles) {
      const g = groupOf.get(x)!;
      const rest = lists[g]!.filter((m) => m !== x);
      const single = [x];
      const own = rest.length > 0 ? strength(single, rest) : -Infinity;
      let best = -Infinity;
      let to = -1;
      lists.forEach((h, i) => {
        if (i === g || h.length === 0) return;
        const v = strength(single, h);
        if (v > best) {
          best = v;
          to = i;
        }
      });
      if (to < 0 || best < bar || best <= own) continue;
      // New arrays, never changed in place: callers may cache per member list.
      lists[g] = rest;
      lists[to] = [...lists[to]!, x].sort((p, q) => p - q);
      groupOf.set(x, to);
      moved = true;
    }
    if (!moved) break;
  }
  return sorted(lists.filter((g) => g.length > 0));
}

function sorted(lists: number[][]): number[][] {
  return lists.map((g) => g.slice().sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}
