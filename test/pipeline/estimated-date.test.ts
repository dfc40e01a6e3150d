import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/index.js';
import type { SourceDocument } from '../../src/types.js';

const TEXT = readFileSync('test/fixtures/read/time-estimate/scraped-no-date.txt', 'utf8');
const doc = (published?: string): SourceDocument => ({ input: 'a.txt', origin: 'a.txt', format: 'text', content: TEXT, meta: published ? { published } : {} });

describe('an article that states no publication date', () => {
  it('keeps published null and notes the estimate from its text, marked as one', () => {
    const [a] = analyzeDocuments([doc()]).analyzed;
    expect(a!.article.published).toBeNull();
    expect(a!.article.notes).toContain('published: not stated; estimated XXXX-02-17 from the latest day the text reports (the text states no year) (an estimate)');
  });

  it('gets no estimate when a date is declared', () => {
    const [a] = analyzeDocuments([doc('2022-02-18')]).analyzed;
    expect(a!.article.published).toBe('2022-02-18');
    expect(a!.article.notes.some((n) => n.includes('estimate'))).toBe(false);
  });
});
