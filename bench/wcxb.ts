// WCXB dev split (article pages): word F1 of `extract()` text and exact-match rates of title, author, date
// over the pages whose gold value is set. Usage: npm run bench -- wcxb /work/shared/data/extraction/wcxb-dev
// (WCXB_DUMP=dir writes our texts and metadata; WCXB_LIMIT=n runs the first n pages.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { fmt, foldSpace, loadHtmlDir, loadWcxbGold, sameAuthors, wordF1 } from './_extract-data.js';

export async function run(dataPath: string): Promise<string> {
  const dir = dataPath || '/work/shared/data/extraction/wcxb-dev';
  const pages = loadHtmlDir(dir, Number(process.env['WCXB_LIMIT'] ?? Infinity));
  const dump = process.env['WCXB_DUMP'];
  if (dump) mkdirSync(dump, { recursive: true });
  let f1Sum = 0;
  let f1N = 0;
  const tally: Record<'title' | 'author' | 'date', [number, number]> = { title: [0, 0], author: [0, 0], date: [0, 0] };
  const worst: { id: string; f1: number; url: string }[] = [];
  const started = performance.now();
  for (const page of pages) {
    const g = loadWcxbGold(dir, page.id);
    const a = extract({ input: page.id, origin: page.id, format: 'html', content: page.html, meta: g.url ? { url: g.url } : {} });
    if (g.text !== null) {
      const f = wordF1(a.text, g.text);
      f1Sum += f;
      f1N++;
      worst.push({ id: page.id, f1: f, url: g.url ?? '' });
    }
    const ok = {
      title: g.title !== null && foldSpace(a.title ?? '') === foldSpace(g.title),
      author: g.author !== null && sameAuthors(a.authors, g.author),
      date: g.date !== null && (a.published ?? '').slice(0, 10) === g.date.slice(0, 10),
    };
    for (const k of ['title', 'author', 'date'] as const) {
      const set = k === 'title' ? g.title : k === 'author' ? g.author : g.date;
      if (set === null) continue;
      tally[k][1]++;
      if (ok[k]) tally[k][0]++;
    }
    if (dump) writeFileSync(join(dump, `${page.id}.json`), JSON.stringify({ gold: { ...g, text: undefined }, ok, title: a.title, authors: a.authors, published: a.published, text: a.text }, null, 1));
  }
  const seconds = (performance.now() - started) / 1000;
  worst.sort((a, b) => a.f1 - b.f1);
  const rate = (k: keyof typeof tally): string => `${fmt((100 * tally[k][0]) / Math.max(1, tally[k][1]), 1)} % (${tally[k][0]}/${tally[k][1]})`;
  return [
    `## WCXB dev, article pages (${pages.length} pages)`,
    '',
    '| measure | value |',
    '|---|---|',
    `| word F1 (mean over ${f1N} pages with gold text) | **${fmt(f1Sum / Math.max(1, f1N))}** |`,
    `| title exact (whitespace folded) | ${rate('title')} |`,
    `| author match (same name words, case/punctuation/"and" ignored) | ${rate('author')} |`,
    `| date exact (YYYY-MM-DD) | ${rate('date')} |`,
    '',
    `Our run: ${seconds.toFixed(1)} s, ${(pages.length / seconds).toFixed(1)} pages/s (in-process, metric included).`,
    '',
    '### Worst pages (ours)',
    '',
    '| id | word F1 | url |',
    '|---|---|---|',
    ...worst.slice(0, Number(process.env['WCXB_WORST'] ?? 12)).map((w) => `| ${w.id} | ${fmt(w.f1)} | ${w.url} |`),
  ].join('\n');
}
