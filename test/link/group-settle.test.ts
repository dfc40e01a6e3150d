import { describe, expect, it } from 'vitest';
import { averageLinkGroups, settlePieces, type Piece } from '../../src/link/story-settle.js';

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

describe('averageLinkGroups', () => {
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
