// SemEval-2022 Task 8 (English-English training pairs) for link/similarity:
// Pearson correlation of similarity() with the human Overall score.
// The human scale runs 1 (very similar) to 4 (very dissimilar), so a good
// similarity correlates negatively; the table reports the sign-flipped figure.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { similarity } from '../src/link/similarity.js';

interface Pair {
  text1?: string;
  text2?: string;
  title1?: string;
  title2?: string;
  Overall?: number;
}

export function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export async function run(dataPath: string): Promise<string> {
  const file = dataPath.endsWith('.jsonl') ? dataPath : join(dataPath, 'en_en_train_219_fulltext.jsonl');
  const pairs = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Pair);
  const xs: number[] = [];
  const ys: number[] = [];
  let skipped = 0;
  const t0 = performance.now();
  for (const p of pairs) {
    if (!p.text1?.trim() || !p.text2?.trim() || typeof p.Overall !== 'number') {
      skipped++;
      continue;
    }
    const a = `${p.title1 ?? ''}\n\n${p.text1}`;
    const b = `${p.title2 ?? ''}\n\n${p.text2}`;
    xs.push(similarity(a, b));
    ys.push(p.Overall);
  }
  const ms = performance.now() - t0;
  const r = -pearson(xs, ys);
  return [
    '| data | pairs scored | skipped | Pearson (similarity vs. 5 − Overall) | pairs/s |',
    '|---|---|---|---|---|',
    `| SemEval-2022 en-en train | ${xs.length} | ${skipped} | ${r.toFixed(3)} | ${(xs.length / (ms / 1000)).toFixed(0)} |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('similarity.ts')) {
  run(process.argv[2] ?? '/work/shared/data/clustering/semeval2022-en').then((s) => console.log(s));
}
