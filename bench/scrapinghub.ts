// ScrapingHub (Zyte) article-extraction benchmark: F1/P/R of 4-token shingles and exact-match accuracy of
// `extract()` on the 181 pages, side by side with the stored peer outputs, plus per-page wins and worst pages.
// Usage: npm run bench -- scrapinghub /work/shared/data/extraction/scrapinghub   (SH_DUMP=dir writes our texts)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { corpus, fmt, loadHtmlDir, pageF1, scrapinghubScore, type ShPage } from './_extract-data.js';

type Bodies = Record<string, { articleBody?: string | null; url?: string }>;

export async function run(dataPath: string): Promise<string> {
  const dir = dataPath || '/work/shared/data/extraction/scrapinghub';
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Bodies;
  const pages = loadHtmlDir(dir).filter((p) => gold[p.id]);
  const dump = process.env['SH_DUMP'];
  if (dump) mkdirSync(dump, { recursive: true });
  const ours = new Map<string, ShPage>();
  const started = performance.now();
  for (const page of pages) {
    const a = extract({ input: page.id, origin: page.id, format: 'html', content: page.html, meta: { url: gold[page.id]?.url } });
    ours.set(page.id, scrapinghubScore(a.text, gold[page.id]?.articleBody ?? ''));
    if (dump) writeFileSync(join(dump, `${page.id}.txt`), a.text);
  }
  const seconds = (performance.now() - started) / 1000;
  const peers = readdirSync(join(dir, 'peer-output')).filter((f) => f.endsWith('.json')).sort();
  const rows: string[] = [];
  const us = corpus([...ours.values()]);
  rows.push(`| **corroborate extract** | **${fmt(us.f1)}** | ${fmt(us.p)} | ${fmt(us.r)} | ${fmt(us.accuracy)} | – | – |`);
  for (const f of peers) {
    const raw = JSON.parse(readFileSync(join(dir, 'peer-output', f), 'utf8')) as Bodies & { output?: Bodies };
    // Some peer files wrap the bodies in { output, … }.
    const out: Bodies = raw.output && typeof raw.output === 'object' && !('articleBody' in raw.output) ? raw.output : raw;
    const theirs = new Map(pages.map((p) => [p.id, scrapinghubScore(out[p.id]?.articleBody ?? '', gold[p.id]?.articleBody ?? '')]));
    const c = corpus([...theirs.values()]);
    let win = 0;
    let loss = 0;
    for (const p of pages) {
      const d = pageF1(ours.get(p.id)!) - pageF1(theirs.get(p.id)!);
      if (d > 0.005) win++;
      else if (d < -0.005) loss++;
    }
    rows.push(`| ${f.replace(/\.json$/, '')} | ${fmt(c.f1)} | ${fmt(c.p)} | ${fmt(c.r)} | ${fmt(c.accuracy)} | ${win} | ${loss} |`);
  }
  const worst = pages
    .map((p) => ({ id: p.id, s: ours.get(p.id)!, url: gold[p.id]?.url ?? '' }))
    .sort((a, b) => pageF1(a.s) - pageF1(b.s))
    .slice(0, Number(process.env['SH_WORST'] ?? 12));
  return [
    `## ScrapingHub article extraction (${pages.length} pages)`,
    '',
    '| system | F1 | precision | recall | accuracy | pages we beat it (ΔF1 > .005) | pages it beats us |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Our run: ${seconds.toFixed(1)} s, ${(pages.length / seconds).toFixed(1)} pages/s (in-process, metric included).`,
    '',
    '### Worst pages (ours)',
    '',
    '| id | F1 | P | R | url |',
    '|---|---|---|---|---|',
    ...worst.map((w) => `| ${w.id.slice(0, 10)} | ${fmt(pageF1(w.s))} | ${fmt(w.s.p)} | ${fmt(w.s.r)} | ${w.url} |`),
  ].join('\n');
}
