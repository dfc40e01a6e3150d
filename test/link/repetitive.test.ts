// Hostile collections: many near-identical texts made of long repeated runs. These once made
// sentence alignment score every sentence pair (millions of seeds, heap past 3 GB) and claim
// alignment rescore the same large clusters thousands of times.
import { describe, expect, it } from 'vitest';
import { alignClaims, findReuse, link } from '../../src/link/index.js';
import { seed, sentences } from './helpers.js';

const SEED = seed('000').slice(0, 600);
const RUNS = ['http://a.b/', 'John Smith ', '17 February ', 'Mr. Smith said. '];

/** The real opening, a long repeated run, the opening again (as the hostile corpus builds them). */
function hostile(k: number, chars: number): string {
  const run = RUNS[k % RUNS.length]!;
  return `${SEED}\n\n${run.repeat(Math.ceil(chars / run.length))}\n\n${SEED}`;
}

describe('repetitive texts', () => {
  it('a repeated run does not seed shared passages; the real text around it still does', () => {
    const a = hostile(0, 20_000);
    const b = hostile(0, 8_000);
    const found = findReuse(a, b);
    expect(found.length).toBeGreaterThan(0);
    const runStart = SEED.length + 2;
    for (const p of found) {
      // No passage reaches deep into the run (before, one passage spanned the whole of it).
      const inRun = Math.max(0, Math.min(p.a.end, a.length - SEED.length - 2) - Math.max(p.a.start, runStart));
      expect(inRun).toBeLessThan(500);
    }
  });

  it('links 40 near-identical repetitive texts in bounded time and memory, with both reuse methods', () => {
    const inputs = Array.from({ length: 40 }, (_, k) => ({
      id: `h${k}`,
      text: hostile(k, 6_000 + 1_000 * (k % 5)),
      published: '2022-02-17',
    }));
    for (const method of ['sentences', 'words'] as const) {
      const heap = process.memoryUsage().heapUsed;
      const linkage = link(inputs, { reuse: { method } });
      // Before the fix every sentence pair of the runs was scored (millions of seeds); the 60 s timeout guards against a return of that.
      expect(process.memoryUsage().heapUsed - heap).toBeLessThan(500e6);
      expect(linkage.stories.flatMap((s) => s.articles).sort()).toEqual(inputs.map((i) => i.id).sort());
      expect(linkage.reuse.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('aligns claims over 40 copies of one article into one cluster per sentence', () => {
    const text = seed('004');
    const spans = sentences(text);
    const copies = Array.from({ length: 40 }, (_, k) => ({ id: `c${k}`, text, sentences: spans }));
    const clusters = alignClaims(copies);
    const big = clusters.filter((c) => c.members.length > 1);
    expect(big.length).toBeGreaterThan(10);
    for (const c of big) {
      expect(c.members).toHaveLength(40);
      expect(new Set(c.members.map((m) => m.article)).size).toBe(40);
    }
  }, 60_000);
});
