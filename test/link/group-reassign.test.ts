import { describe, expect, it } from 'vitest';
import { reassignArticles } from '../../src/link/story-reassign.js';

/** Average of a pair table over all member pairs of two lists (missing pairs count 0). */
function averageOf(table: Record<string, number>) {
  return (a: readonly number[], b: readonly number[]): number => {
    let sum = 0;
    for (const x of a) for (const y of b) sum += table[`${Math.min(x, y)}-${Math.max(x, y)}`] ?? 0;
    return sum / (a.length * b.length);
  };
}

describe('reassignArticles', () => {
  // 0-2 one story, 3-5 another; 3 joined 0's group on one close pair (0-3) before its own story came.
  const pairs = { '0-1': 1.2, '0-2': 1.1, '1-2': 1.2, '0-3': 1.0, '1-3': 0.8, '2-3': 0.8, '3-4': 1.3, '3-5': 1.2, '4-5': 1.3 };

  it('moves an article to the group it is closer to on average', () => {
    const input = [[0, 1, 2, 3], [4, 5]];
    expect(reassignArticles(input, averageOf(pairs), 0.85)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(input).toEqual([[0, 1, 2, 3], [4, 5]]);
  });

  it('dissolves a pair of two stories\' articles, each to its own story', () => {
    // 2 and 3 formed a pair (1.0) though each is closer to its own story.
    const table = { '0-1': 1.2, '0-2': 1.1, '1-2': 1.1, '2-3': 1.0, '3-4': 1.2, '3-5': 1.2, '4-5': 1.3, '0-3': 0.5, '1-3': 0.5, '2-4': 0.5, '2-5': 0.5 };
    expect(reassignArticles([[0, 1], [2, 3], [4, 5]], averageOf(table), 0.85)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('moves nothing that is closer to its own group, or short of the bar elsewhere', () => {
    expect(reassignArticles([[0, 1, 2], [3, 4, 5]], averageOf(pairs), 0.85)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    // 3 is closer to 4-5 (1.25) than to 0-2 (0.87), but 1.25 is short of a bar of 1.3.
    expect(reassignArticles([[0, 1, 2, 3], [4, 5]], averageOf(pairs), 1.3)).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });
});
