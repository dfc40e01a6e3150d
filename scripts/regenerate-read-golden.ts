// Regenerates test/fixtures/read/golden/<seed>.json from the seed articles: `npx tsx scripts/regenerate-read-golden.ts`.
// Review the diff before committing: the golden files are the read stage's expected output.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read } from '../src/read/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const READ_GOLDEN_SEEDS = ['000_e65738cb91f1e9d0', '004_d99e5f2553e52203'];

const outDir = join(root, 'test/fixtures/read/golden');
mkdirSync(outDir, { recursive: true });
for (const seed of READ_GOLDEN_SEEDS) {
  const text = readFileSync(join(root, 'examples/security-guarantees', `${seed}.txt`), 'utf8');
  const reading = read(text, { published: null });
  writeFileSync(join(outDir, `${seed}.json`), JSON.stringify(reading, null, 1) + '\n');
  console.log(`wrote ${seed}.json`);
}
