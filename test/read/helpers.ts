import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = ['000_e65738cb91f1e9d0', '004_d99e5f2553e52203'];

export function seed(name: string): string {
  return readFileSync(join(repoRoot, 'examples/security-guarantees', `${name}.txt`), 'utf8');
}

export function texts(text: string, spans: Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
