// The worker announces only the move to read: the extract budget runs from when the pool starts a job.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticlePool } from '../../src/pipeline/pool.js';
import { resolveLimits, tooSlow } from '../../src/limits/index.js';
import type { SourceDocument } from '../../src/types.js';

const SEED = readFileSync(new URL('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt', import.meta.url), 'utf8');
const paragraphs = SEED.split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join('\n');
// A page of some 2 MB: parsing and scoring it takes far longer than 50 ms.
const LONG_PAGE = `<html><head><title>Statement</title></head><body><article>${paragraphs.repeat(Math.ceil(2_000_000 / paragraphs.length))}</article></body></html>`;
const page = (input: string, content: string): SourceDocument => ({ input, origin: input, format: 'html', content, meta: {} });

describe('stage budgets in the pool', () => {
  it('holds extraction to its budget, which runs from when the pool starts the job', async () => {
    const pool = new ArticlePool(1, resolveLimits({ stageMs: { extract: 50, read: 60_000 } }));
    try {
      expect(await pool.run(page('long', LONG_PAGE), null)).toEqual({ ok: false, message: `long: ${tooSlow('extract', 50)}` });
    } finally {
      await pool.close();
    }
  }, 120_000);
});
