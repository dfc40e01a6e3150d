// Story stages in worker threads give the dossier the in-thread path gives, problems included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync } from '../../src/pipeline/index.js';
import type { SourceDocument } from '../../src/types.js';

const seed = (name: string) => readFileSync(new URL(`../../examples/security-guarantees/${name}`, import.meta.url), 'utf8');
const doc = (input: string, content: string, published = '2022-02-17'): SourceDocument => ({ input, origin: input, format: 'text', content, meta: { published } });
const A = seed('000_e65738cb91f1e9d0.txt');
const B = seed('004_d99e5f2553e52203.txt');
const paragraphs = (text: string) => text.split(/\n\s*\n/);

// The two seeds, an edited copy of each (a paragraph dropped), and an unrelated article: stories of
// several articles go to the pool, the lone article stays in this thread.
const docs = [
  doc('a.txt', A),
  doc('b.txt', B),
  doc('a-copy.txt', paragraphs(A).filter((_, i) => i !== 2).join('\n\n'), '2022-02-18'),
  doc('b-copy.txt', paragraphs(B).filter((_, i) => i !== 1).join('\n\n'), '2022-02-18'),
  doc('other.txt', 'The city council of Lyon approved a new budget for public libraries on Tuesday after a long debate. The mayor said the plan would add evening hours.', '2022-02-15'),
];

describe('story stages in worker threads', () => {
  it('give the same dossier as one thread', async () => {
    const single = analyze(docs, [], { toolVersion: 't' });
    const pooled = await analyzeAsync(docs, [], { toolVersion: 't', workers: 2 });
    expect(single.stories.some((s) => s.articles.length > 2)).toBe(true);
    expect(pooled).toEqual(single);
  });

  it('bring a story\'s budget problems back into the dossier', async () => {
    const limits = { storyMs: { link: 0, dossier: 0 } };
    const single = analyze(docs, [], { toolVersion: 't', limits });
    const pooled = await analyzeAsync(docs, [], { toolVersion: 't', workers: 2, limits });
    expect(pooled.problems).toEqual(single.problems);
    expect(pooled.problems.some((p) => /shared passages of \d+ article pairs? skipped: too slow \(over 0 s in link\)/.test(p.message))).toBe(true);
  });
});
