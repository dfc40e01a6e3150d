// NewsWCL50 sanity check for link/group: BCubed and pairwise precision/recall/F1
// of groupStories against the gold `event_id` (10 events × 5 outlets; no dates).
// CLUSTERING_ORDERS=N also groups N seeded shuffles of the file and reports the spread of
// BCubed F1 (articles join stories one at a time; settling the pieces at the end should leave little to the order).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupStories } from '../src/link/group.js';
import { seededRandom } from '../src/common/random.js';

interface Row {
  id: string | number;
  event_id: string | number;
  text: string;
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export async function run(dataPath: string): Promise<string> {
  const file = dataPath.endsWith('.jsonl') ? dataPath : join(dataPath, 'newswcl50_articles.jsonl');
  const rows = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const t0 = performance.now();
  const groups = groupStories(rows.map((r) => ({ id: String(r.id), text: r.text, published: null })));
  const ms = performance.now() - t0;
  const gold = new Map(rows.map((r) => [String(r.id), String(r.event_id)]));
  const ids = [...gold.keys()];
  const { bp, br, pp, pr } = score(groups.map((g) => g.articles), gold);
  const f = (x: number): string => x.toFixed(3);
  const lines = [
    '| data | articles | gold stories | predicted | BCubed P | BCubed R | BCubed F1 | pairwise P | pairwise R | pairwise F1 | ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    `| NewsWCL50 | ${ids.length} | ${new Set(gold.values()).size} | ${groups.length} | ${f(bp)} | ${f(br)} | ${f(f1(bp, br))} | ${f(pp)} | ${f(pr)} | ${f(f1(pp, pr))} | ${ms.toFixed(0)} |`,
  ];
  const orders = Number(process.env.CLUSTERING_ORDERS) || 0;
  if (orders > 0) {
    const scores: number[] = [];
    for (let k = 1; k <= orders; k++) {
      const r = seededRandom(k);
      const shuffled = rows.slice();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const g = groupStories(shuffled.map((x) => ({ id: String(x.id), text: x.text, published: null })));
      const shuffledScore = score(g.map((s) => s.articles), gold);
      scores.push(f1(shuffledScore.bp, shuffledScore.br));
    }
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    lines.push('', `BCubed F1 over ${orders} shuffled orders: min ${f(Math.min(...scores))}, mean ${f(mean)}, max ${f(Math.max(...scores))}.`);
  }
  return lines.join('\n');
}

/** BCubed and pairwise precision and recall of predicted groups against gold labels. */
function score(groups: string[][], gold: Map<string, string>): { bp: number; br: number; pp: number; pr: number } {
  const pred = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((a) => pred.set(a, i)));
  const ids = [...gold.keys()];
  let bp = 0;
  let br = 0;
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (const x of ids) {
    const samePred = ids.filter((y) => pred.get(y) === pred.get(x));
    const sameGold = ids.filter((y) => gold.get(y) === gold.get(x));
    const both = samePred.filter((y) => gold.get(y) === gold.get(x)).length;
    bp += both / samePred.length;
    br += both / sameGold.length;
    tp += both - 1;
    predPairs += samePred.length - 1;
    goldPairs += sameGold.length - 1;
  }
  return { bp: bp / ids.length, br: br / ids.length, pp: predPairs ? tp / predPairs : 1, pr: goldPairs ? tp / goldPairs : 1 };
}

if (process.argv[1]?.endsWith('clustering.ts')) {
  run(process.argv[2] ?? '/work/shared/data/clustering/newswcl50').then((s) => console.log(s));
}
