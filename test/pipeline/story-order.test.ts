import { describe, expect, it } from 'vitest';
import { largestFirst } from '../../src/pipeline/story.js';

describe('largestFirst', () => {
  it('hands the pool the largest stories first, ties in story order', () => {
    const sizes = [2, 9, 3, 9, 2, 40];
    expect(largestFirst([0, 1, 2, 3, 4, 5], (i) => sizes[i]!)).toEqual([5, 1, 3, 2, 0, 4]);
  });

  it('leaves its input as it was', () => {
    const stories = [0, 1];
    largestFirst(stories, (i) => i);
    expect(stories).toEqual([0, 1]);
  });
});
