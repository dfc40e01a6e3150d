// Story jobs in the pool: the threads take the largest stories, this thread the smallest, and story jobs go
// only to as many threads as asked (storyThreads), so a thread that only extracted and read stays out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync, startWorkers } from '../../src/pipeline/index.js';
import { StoryEnds } from '../../src/pipeline/story.js';
import type { SourceDocument } from '../../src/types.js';

describe('StoryEnds', () => {
  it('gives the largest end and the smallest end until they meet, each story once', () => {
    const ends = new StoryEnds([7, 3, 5, 1, 9]);
    expect(ends.largest()).toBe(7);
    expect(ends.smallest()).toBe(9);
    expect(ends.smallest()).toBe(1);
    expect(ends.left).toBe(2);
    expect(ends.largest()).toBe(3);
    expect(ends.smallest()).toBe(5);
    expect(ends.largest()).toBeUndefined();
    expect(ends.smallest()).toBeUndefined();
    expect(ends.left).toBe(0);
  });
});

const dir = new URL('../../examples/security-guarantees/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const doc = (input: string, content: string): SourceDocument => ({ input, origin: input, format: 'text', content, meta: { published: '2022-02-17' } });
const A = seed('000_e65738cb91f1e9d0.txt');
const B = seed('004_d99e5f2553e52203.txt');
const drop = (text: string, k: number) => text.split(/\n\s*\n/).filter((_, i) => i !== k).join('\n\n');

describe('storyThreads', () => {
  it('sends story jobs to the first threads only, and to all again when lifted; analyzeAsync lifts it', async () => {
    const pool = startWorkers(2);
    // Which thread each story job was posted to.
    const posted: number[] = [];
    const slots = (pool as unknown as { slots: { ready: boolean; worker: { postMessage: (m: { kind: string }) => void } }[] }).slots;
    // Both threads loaded, so either could take any job.
    while (!slots.every((s) => s.ready)) await new Promise((resolve) => setTimeout(resolve, 20));
    slots.forEach((slot, k) => {
      const post = slot.worker.postMessage.bind(slot.worker);
      slot.worker.postMessage = (m) => {
        if (m.kind === 'story') posted.push(k);
        post(m);
      };
    });
    const story = { id: 's1', articles: ['a', 'b'], reasons: [] };
    const members = [
      { id: 'a', text: A, sentences: [] },
      { id: 'b', text: drop(A, 1), sentences: [] },
    ];
    try {
      pool.storyThreads = 1;
      const works = await Promise.all([1, 2, 3, 4, 5, 6].map(() => pool.runStory(story, members)));
      expect(works.every((w) => w.problems.length === 0)).toBe(true);
      expect(new Set(posted)).toEqual(new Set([0]));
      pool.storyThreads = null;
      posted.length = 0;
      await Promise.all([1, 2, 3, 4, 5, 6].map(() => pool.runStory(story, members)));
      expect(new Set(posted)).toEqual(new Set([0, 1]));

      const docs = [doc('a.txt', A), doc('b.txt', B), doc('a2.txt', drop(A, 2)), doc('b2.txt', drop(B, 1)), doc('a3.txt', drop(A, 3))];
      expect(await analyzeAsync(docs, [], { toolVersion: 't', pool })).toEqual(analyze(docs, [], { toolVersion: 't' }));
      expect(pool.storyThreads).toBe(Infinity);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
