// Worker threads started before the documents are known (startWorkers) do analyzeAsync's work as its own would,
// and stay the caller's: analyzeAsync neither replaces nor closes them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAsync, startWorkers } from '../../src/pipeline/index.js';
import type { SourceDocument } from '../../src/types.js';

const dir = new URL('../../examples/security-guarantees/', import.meta.url);
const text = (name: string): SourceDocument => ({ input: name, origin: name, format: 'text', content: readFileSync(new URL(name, dir), 'utf8'), meta: {} });
const docs = [text('000_e65738cb91f1e9d0.txt'), text('004_d99e5f2553e52203.txt')];
const options = { toolVersion: 'test', published: '2022-02-17' };

describe('startWorkers', () => {
  it('gives analyzeAsync a pool that yields the same dossier as one thread, and leaves it open', async () => {
    const pool = startWorkers(1);
    // Counts the inputs handed to this pool, to see that analyzeAsync uses it rather than threads of its own.
    const run = pool.run.bind(pool);
    let handed = 0;
    pool.run = (doc, published) => {
      handed++;
      return run(doc, published);
    };
    try {
      const expected = analyze(docs, [], options);
      expect(await analyzeAsync(docs, [], { ...options, pool })).toEqual(expected);
      expect(handed).toBe(2);
      // Still the caller's: a second batch runs on the same threads.
      expect(await analyzeAsync(docs.slice(1), [], { ...options, pool })).toEqual(analyze(docs.slice(1), [], options));
      expect(await pool.run(docs[0]!, null)).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
    await expect(pool.run(docs[0]!, null)).rejects.toThrow('closed');
  }, 120_000);
});

describe('ArticlePool.resize', () => {
  it('ends surplus idle threads and keeps working with the rest', async () => {
    const pool = startWorkers(2);
    try {
      pool.resize(1);
      expect(pool.size).toBe(1);
      expect(await pool.run(docs[0]!, null)).toMatchObject({ ok: true });
      pool.resize(2);
      expect(pool.size).toBe(2);
      const both = await Promise.all(docs.map((d) => pool.run(d, null)));
      expect(both.map((o) => o.ok)).toEqual([true, true]);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
