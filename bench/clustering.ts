// NewsWCL50 sanity check for link/group: BCubed and pairwise precision/recall/F1
// of groupStories against the gold `event_id` (10 events × 5 outlets; no dates).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupStories } from '../src/link/group.js';

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
  const pred = new Map<string, string>();
  for (const g of groups) for (const a of g.articles) pred.set(a, g.id);
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
  bp /= ids.length;
  br /= ids.length;
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  const f = (x: number): string => x.toFixed(3);
  return [
    '| data | articles | gold stories | predicted | BCubed P | BCubed R | BCubed F1 | pairwise P | pairwise R | pairwise F1 | ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    `| NewsWCL50 | ${ids.length} | ${new Set(gold.values()).size} | ${groups.length} | ${f(bp)} | ${f(br)} | ${f(f1(bp, br))} | ${f(pp)} | ${f(pr)} | ${f(f1(pp, pr))} | ${ms.toFixed(0)} |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('clustering.ts')) {
  run(process.argv[2] ?? '/work/shared/data/clustering/newswcl50').then((s) => console.log(s));
}
