// One extraction configuration over one page set, in its own process so peak RSS belongs to it alone.
// argv: <config> <data dir>. Prints one JSON line: pages, bytes, wall and CPU ms, peak RSS, and (when the
// set has ScrapingHub ground truth) the shingle F1 of the texts this configuration produced.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extract } from '../src/extract/index.js';
import { corpus, loadHtmlDir, scrapinghubScore, type ShPage } from './_extract-data.js';

type Config = 'corroborate' | 'readability-linkedom' | 'readability-jsdom' | 'linkedom-body-text';

function readabilityText(document: unknown): string {
  const r = new Readability(document as never).parse();
  return r?.textContent ?? '';
}

const runners: Record<Config, (html: string, id: string) => string> = {
  corroborate: (html, id) => extract({ input: id, origin: id, format: 'html', content: html, meta: {} }).text,
  'readability-linkedom': (html) => readabilityText((parseHTML(html) as unknown as { document: unknown }).document),
  'readability-jsdom': (html) => {
    // Quiet: pages' CSS makes jsdom's console noisy, and printing is not the work being measured.
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const text = readabilityText(dom.window.document);
    dom.window.close();
    return text;
  },
  'linkedom-body-text': (html) => {
    const { document } = parseHTML(html) as unknown as { document: { body: { textContent: string | null } | null } };
    return document.body?.textContent ?? '';
  },
};

const [config, dir = ''] = process.argv.slice(2) as [Config, string];
const runner = runners[config];
if (!runner) throw new Error(`unknown config ${config}`);
const pages = loadHtmlDir(dir, Number(process.env['SPEED_LIMIT'] ?? Infinity));
const goldPath = join(dir, 'ground-truth.json');
const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, { articleBody: string }>) : null;
// Warm-up, untimed: JIT and lazy module loading. SPEED_WARMUP=all runs one whole pass first, for steady-state
// figures (the same for every configuration); the default warms on the first five pages only.
const warmup = process.env['SPEED_WARMUP'] === 'all' ? pages.length : Number(process.env['SPEED_WARMUP'] ?? 5);
for (const p of pages.slice(0, warmup)) runner(p.html, p.id);
const scores: ShPage[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const texts: string[] = [];
for (const p of pages) texts.push(runner(p.html, p.id));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (gold) pages.forEach((p, i) => scores.push(scrapinghubScore(texts[i] ?? '', gold[p.id]?.articleBody ?? '')));
console.log(
  JSON.stringify({
    config,
    pages: pages.length,
    bytes: pages.reduce((n, p) => n + p.bytes, 0),
    wallMs: wall,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    f1: gold ? corpus(scores).f1 : null,
  }),
);
