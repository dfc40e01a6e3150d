import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quote, Span } from '../../src/types.js';
import { read } from '../../src/read/index.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = ['000_e65738cb91f1e9d0', '004_d99e5f2553e52203'];

export function seed(name: string): string {
  return readFileSync(join(repoRoot, 'examples/security-guarantees', `${name}.txt`), 'utf8');
}

export function texts(text: string, spans: Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** Each quote read from `text` as the strings of its source, cue and content. */
export function quotesOf(text: string): { source: string | null; cue: string | null; content: string }[] {
  const view = (q: Quote) => ({
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    content: text.slice(q.content.start, q.content.end),
  });
  return read(text).quotes.map(view);
}
