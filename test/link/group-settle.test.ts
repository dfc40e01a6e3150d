import { describe, expect, it } from 'vitest';
import { averageLinkGroups, mayMerge, settlePieces, type MergeRule, type Piece } from '../../src/link/story-settle.js';

/** Pieces from member lists, every piece a neighbour of every other. */
function pieces(lists: number[][]): Map<number, Piece> {
  const keys = lists.map((l) => l[0]!);
  return new Map(lists.map((l) => [l[0]!, { members: l, neighbours: keys }]));
}

/** Average of a pair table over all member pairs of two lists (missing pairs count 0). */
function averageOf(table: Record<string, number>) {
  return (a: readonly number[], b: readonly number[]): number => {
    let sum = 0;
    for (const x of a) for (const y of b) sum += table[`${Math.min(x, y)}-${Math.max(x, y)}`] ?? 0;
    return sum / (a.length * b.length);
  };
}

describe('settlePieces', () => {
  it('merges pieces by average link, strongest first, into the lowest piece', () => {
    const strength = averageOf({ '0-1': 1, '1-2': 0.95, '0-2': 0.9, '3-4': 0.9 });
    const into = settlePieces(pieces([[0], [1], [2], [3], [4]]), strength, 0.85);
    expect([...into].sort()).toEqual([
      [1, 0],
      [2, 0],
      [4, 3],
    ]);
  });

  it('does not chain two groups through one close pair', () => {
    // 0-1 and 2-3 are tight; 1-2 alone passes, but the average over the two groups does not.
    const strength = averageOf({ '0-1': 1, '2-3': 1, '1-2': 0.9 });
    const into = settlePieces(pieces([[0], [1], [2], [3]]), strength, 0.85);
    expect(into.get(1)).toBe(0);
    expect(into.get(3)).toBe(2);
    expect(into.has(2)).toBe(false);
  });

  it('only merges linked pieces, and leaves its input unchanged', () => {
    const input = new Map<number, Piece>([
      [0, { members: [0, 1], neighbours: [] }],
      [2, { members: [2], neighbours: [] }],
    ]);
    expect(settlePieces(input, () => 1, 0.5).size).toBe(0);
    input.get(2)!.neighbours = [0];
    expect([...settlePieces(input, () => 1, 0.5)]).toEqual([[2, 0]]);
    expect(input.get(0)!.members).toEqual([0, 1]);
  });

  it('gives the same result whatever order the pieces are listed in', () => {
    const strength = averageOf({ '0-1': 0.9, '0-2': 0.9, '1-2': 0.9, '2-3': 0.86, '3-4': 0.95, '4-5': 0.2 });
    const lists = [[0], [1], [2], [3], [4], [5]];
    const expected = [...settlePieces(pieces(lists), strength, 0.85)].sort();
    expect([...settlePieces(pieces(lists.slice().reverse()), strength, 0.85)].sort()).toEqual(expected);
  });
});

/** A symmetric table of n × n from pair values. */
function table(n: number, pairs: Record<string, number>): Float64Array {
  const t = new Float64Array(n * n);
  for (const [key, v] of Object.entries(pairs)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    t[i * n + j] = v;
    t[j * n + i] = v;
  }
  return t;
}

describe('averageLinkGroups', () => {

  it('splits a piece that one close pair joined', () => {
    // Articles 0, 2 and 4 are one story, 1 and 3 another; 0-1 alone is close enough to have joined them.
    const t = table(5, { '0-2': 1.2, '0-4': 1.1, '2-4': 1, '1-3': 1.3, '0-1': 1, '1-2': 0.3, '3-4': 0.2 });
    expect(averageLinkGroups(t, 5, 0.85)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('agrees with settlePieces on the same pair values', () => {
    const pairs = { '0-1': 0.9, '0-2': 0.9, '1-2': 0.9, '2-3': 0.86, '3-4': 0.95, '4-5': 0.2 };
    const groups = averageLinkGroups(table(6, pairs), 6, 0.85);
    const into = settlePieces(pieces([[0], [1], [2], [3], [4], [5]]), averageOf(pairs), 0.85);
    const fromSettle = new Map<number, number[]>();
    for (let i = 0; i < 6; i++) {
      const root = into.get(i) ?? i;
      fromSettle.set(root, [...(fromSettle.get(root) ?? []), i]);
    }
    expect(groups).toEqual([...fromSettle.values()]);
  });
});

describe('the cohesion rule', () => {
  const rule: MergeRule = { bar: 0.85, floor: 0.6, share: 0.75 };
  // Articles 0-2 are one loosely told story (0.9 and 0.7 inside); 3-4 and 5-6 two
  // tightly told stories of the same actors (1.3 inside, 0.8 across): an average above what the
  // loose story has across, so no plain bar joins the first without the other two.
  const pairs: Record<string, number> = { '0-1': 0.9, '0-2': 0.7, '1-2': 0.7, '3-4': 1.3, '5-6': 1.3, '3-5': 0.8, '3-6': 0.8, '4-5': 0.8, '4-6': 0.8 };

  it('merges when the average reaches the bar, or the floor and a share of the closer-knit group\'s average inside', () => {
    const single = { sum: 0, pairs: 0 };
    expect(mayMerge(rule, 0.85, single, single)).toBe(true);
    // Two single articles have nothing inside to compare with: only the bar.
    expect(mayMerge(rule, 0.84, single, single)).toBe(false);
    expect(mayMerge(rule, 0.7, { sum: 0.8, pairs: 1 }, single)).toBe(true);
    expect(mayMerge(rule, 0.7, { sum: 2, pairs: 2 }, single)).toBe(false);
    // A large loose group does not lower the bar a small tight one sets (pooled, the pairs inside
    // average 0.85, of which 0.65 is enough; the tight pair alone asks 0.75 of 1.1).
    expect(mayMerge(rule, 0.65, { sum: 4, pairs: 5 }, { sum: 1.1, pairs: 1 })).toBe(false);
    expect(mayMerge(rule, 0.65, { sum: 4, pairs: 5 }, { sum: 0.85, pairs: 1 })).toBe(true);
    // Below the floor however loose the groups are inside.
    expect(mayMerge(rule, 0.59, { sum: 0.6, pairs: 1 }, single)).toBe(false);
    // A plain bar (share Infinity) has no relative arm, whatever the groups hold inside.
    expect(mayMerge({ ...rule, share: Number.POSITIVE_INFINITY }, 0.7, { sum: -0.5, pairs: 1 }, single)).toBe(false);
  });

  it('keeps a loose story whole and two tight ones apart, where a plain bar cannot', () => {
    const t = table(7, pairs);
    expect(averageLinkGroups(t, 7, rule)).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
    expect(averageLinkGroups(t, 7, 0.85)).toEqual([[0, 1], [2], [3, 4], [5, 6]]);
    expect(averageLinkGroups(t, 7, 0.7)).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('settles pieces the same way, keeping a merged group\'s cohesion from its parts', () => {
    const strength = averageOf(pairs);
    const cohesion = (a: readonly number[]): number => {
      let sum = 0;
      for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) sum += strength([a[i]!], [a[j]!]);
      return sum / ((a.length * (a.length - 1)) / 2);
    };
    const into = settlePieces(pieces([[0], [1], [2], [3, 4], [5, 6]]), strength, rule, cohesion);
    expect([...into].sort()).toEqual([
      [1, 0],
      [2, 0],
    ]);
    // A piece given whole needs its cohesion from the caller: without it only the bar applies to it.
    expect([...settlePieces(pieces([[0, 1], [2], [3, 4], [5, 6]]), strength, rule, cohesion)]).toEqual([[2, 0]]);
    expect(settlePieces(pieces([[0, 1], [2], [3, 4], [5, 6]]), strength, rule).size).toBe(0);
  });
});
