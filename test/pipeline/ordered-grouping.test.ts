import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments, toLinkInput } from '../../src/pipeline/index.js';
import { OrderedGrouping } from '../../src/pipeline/grouping.js';
import { groupStories } from '../../src/link/index.js';
import type { SourceDocument } from '../../src/types.js';

interface Doc {
  id: string;
  published: string;
  text: string;
}

function analyzedCollection() {
  const docs = JSON.parse(readFileSync('test/fixtures/link/collection.json', 'utf8')) as Doc[];
  const documents: SourceDocument[] = docs.map((d) => ({ input: d.id, origin: d.id, format: 'text', content: d.text, meta: { published: d.published } }));
  return analyzeDocuments(documents).analyzed;
}

describe('grouping while articles arrive from the pool', () => {
  const analyzed = analyzedCollection();

  it('gives the batch grouping whatever order the outcomes arrive in', () => {
    const batch = groupStories(analyzed.map(toLinkInput));
    expect(batch.length).toBeGreaterThan(1);
    const grouping = new OrderedGrouping();
    // Reversed arrival: nothing can join until the first input is in.
    for (let i = analyzed.length - 1; i >= 0; i--) grouping.arrive(i, analyzed[i]!);
    expect(grouping.stories(analyzed, [])).toEqual(batch);
  });

  it('skips inputs that failed, as the batch grouping of the rest would', () => {
    const kept = analyzed.filter((_, i) => i !== 2);
    const grouping = new OrderedGrouping();
    const order = analyzed.map((_, i) => i).sort((a, b) => (a * 7) % analyzed.length - (b * 7) % analyzed.length);
    for (const i of order) grouping.arrive(i, i === 2 ? null : analyzed[i]!);
    expect(grouping.stories(kept, [])).toEqual(groupStories(kept.map(toLinkInput)));
  });

  it('shows each article as its own story, with a problem, when grouping fails', () => {
    const grouping = new OrderedGrouping();
    const broken = { ...analyzed[0]!, article: { ...analyzed[0]!.article, text: null as never } };
    grouping.arrive(0, broken);
    const problems: { input: string; message: string }[] = [];
    const stories = grouping.stories([broken], problems);
    expect(stories).toEqual([{ id: 's1', articles: [broken.article.input], reasons: ['not linked: linking failed'] }]);
    expect(problems[0]?.message).toMatch(/^linking failed/);
  });
});
