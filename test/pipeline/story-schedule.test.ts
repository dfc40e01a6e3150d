// Who works on which story when there is a pool: the pool's story threads from the largest end (kept one
// story ahead each), this thread from the smallest, one-article stories here, very long stories in a thread.
import { describe, expect, it } from 'vitest';
import { workStories } from '../../src/pipeline/story-schedule.js';
import { resolveLimits } from '../../src/limits/index.js';
import type { StoryMember, StoryWork } from '../../src/pipeline/story.js';
import type { StoryGroup } from '../../src/types.js';

const text = 'The foreign minister said on Monday that the talks in Geneva would go on next week.';
const members = (n: number, chars = text.length): StoryMember[] =>
  Array.from({ length: n }, (_, k) => ({ id: `a${k}`, text: chars === text.length ? text : 'x'.repeat(chars), sentences: [] }));

/** A pool stand-in: records the stories sent to it and answers each on a later turn. */
function fakePool(threads: number) {
  const sent: string[] = [];
  const pool = {
    size: threads + 1,
    storyThreads: threads,
    runStory: (story: StoryGroup): Promise<StoryWork> => {
      sent.push(story.id);
      return new Promise((resolve) => setTimeout(() => resolve({ reuse: [], claims: [], conflicts: [], problems: [] }), 5));
    },
  };
  return { pool, sent };
}

async function schedule(sizes: StoryMember[][], threads: number) {
  const { pool, sent } = fakePool(threads);
  const finished: string[] = [];
  const story = (i: number): StoryGroup => ({ id: `s${i}`, articles: sizes[i]!.map((m) => m.id), reasons: [] });
  await workStories(sizes, pool, story, (i) => finished.push(`s${i}`), resolveLimits({}));
  return { sent, finished };
}

describe('workStories', () => {
  it('sends the largest stories to the pool, keeps one-article and the smallest stories here, and finishes each once', async () => {
    const sizes = [members(1), members(5), members(2), members(9), members(3), members(2), members(1)];
    const { sent, finished } = await schedule(sizes, 1);
    // One thread, one story ahead: the two largest go at once, then the pool and this thread meet in the middle.
    expect(sent.slice(0, 2)).toEqual(['s3', 's1']);
    expect(sent).not.toContain('s0');
    expect(sent).not.toContain('s6');
    expect(sent).not.toContain('s5');
    expect([...finished].sort()).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('sends a small story of very long texts to the pool, where the hard time limit holds', async () => {
    const sizes = [members(6), members(5), members(4), members(2, 150_000)];
    const { sent } = await schedule(sizes, 1);
    expect(sent).toContain('s3');
  });
});
