// Shared by the golden test and scripts/regenerate-extract-golden.ts: how a fixture page is extracted.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'extract', 'pages');
/** Crawl date the golden pages are extracted with. */
export const GOLDEN_NOW = '2022-03-01';

export function pageNames(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function extractPage(name: string): Article {
  const content = readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
  return extract({ input: name, origin: name, format: 'html', content, meta: {} }, { now: GOLDEN_NOW });
}

/** Everything but the text, as stored in expected-meta.json. */
export function metaOf(a: Article): Omit<Article, 'text'> {
  const { text: _text, ...rest } = a;
  return rest;
}
