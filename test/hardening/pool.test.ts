// Budgets and size caps: an input over a limit becomes a "skipped" problem, the rest of the batch goes on,
// and a worker that ran over is replaced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDocuments, analyzeDocumentsAsync } from '../../src/pipeline/index.js';
import { ArticlePool } from '../../src/pipeline/pool.js';
import { resolveLimits, tooSlow } from '../../src/limits/index.js';
import type { SourceDocument } from '../../src/types.js';

const SEED = readFileSync(new URL('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt', import.meta.url), 'utf8');
const doc = (input: string, content: string): SourceDocument => ({ input, origin: input, format: 'text', content, meta: {} });
const SHORT = 'The Russian Foreign Ministry said on Thursday that it had handed its response to the US ambassador.';

describe('size caps (in this thread)', () => {
  it('skips a document or article text over its cap and reads the others', () => {
    const { analyzed, problems } = analyzeDocuments([doc('big', SEED), doc('small', SHORT), doc('huge', 'x'.repeat(9000))], {
      limits: { maxArticleChars: 2000, maxDocumentChars: 8000 },
    });
    expect(analyzed.map((a) => a.article.input)).toEqual(['small']);
    expect(problems).toEqual([
      { input: 'big', message: expect.stringMatching(/^big: skipped: too large \(article text of \d+ characters, over the 2000-character limit for read\)$/) },
      { input: 'huge', message: 'huge: skipped: too large (document of 9000 characters, over the 8000-character limit for extract)' },
    ]);
  });

  it('puts skipped inputs in the dossier problems', () => {
    const dossier = analyze([doc('small', SHORT), doc('big', SEED)], [], { toolVersion: 't', limits: { maxArticleChars: 2000 } });
    expect(dossier.articles.map((a) => a.id)).toEqual(['small']);
    expect(dossier.problems.map((p) => p.input)).toEqual(['big']);
  });
});

describe('time budgets (worker threads)', () => {
  // The short input is prefetched to the worker busy with the long one: it must be re-run, not lost.
  it('ends a worker over its budget, reports the input as too slow, and goes on with a fresh worker', async () => {
    // Reading 300k characters takes a few hundred ms, a short text well under 1 ms: a 50 ms budget
    // separates them by a wide margin either way on slow or fast machines.
    const long = SEED.repeat(Math.ceil(300_000 / SEED.length)).slice(0, 300_000);
    const pool = new ArticlePool(1, resolveLimits({ maxArticleChars: 300_000, stageMs: { extract: 60_000, read: 50 } }));
    try {
      const [slow, fast] = await Promise.all([pool.run(doc('long', long), null), pool.run(doc('short', SHORT), null)]);
      expect(slow).toEqual({ ok: false, message: `long: ${tooSlow('read', 50)}` });
      expect(fast.ok ? 'ok' : fast.message).toBe('ok');
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('returns articles and problems in input order, the same as the in-thread path', async () => {
    const docs = [doc('a', SHORT), doc('b', ''), doc('c', SEED), doc('a', SHORT)];
    const inThread = analyzeDocuments(docs);
    const pooled = await analyzeDocumentsAsync(docs, { workers: 2 });
    expect(pooled.analyzed.map((a) => a.article.input)).toEqual(['a', 'c']);
    expect(pooled).toEqual(inThread);
  }, 120_000);
});
