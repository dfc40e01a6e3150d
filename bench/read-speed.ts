// Speed of the read stage on a folder of .txt articles (searched recursively, e.g. PolNeAR's data/ or PAN
// src/): articles/s and tokens/s of `read()` on one thread, and per-module milliseconds (sentences, actors,
// quotes, times, statements, each called the way `read` calls it). The machine is shared, so each figure is
// the median of several rounds, and CPU time of this process (process.cpuUsage) is reported beside wall time:
// under contention wall time measures the neighbours, CPU time measures us. "2 cores" is the one-thread
// figure × 2, which assumes the pipeline runs one worker per core (read is pure and per-article).
// Usage: run('/work/shared/data/quotes/polnear/data') → Markdown. READ_SPEED_LIMIT / READ_SPEED_ROUNDS tune it.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { read } from '../src/read/index.js';
import { findActors } from '../src/read/actors.js';
import { findQuotes } from '../src/read/quotes.js';
import { splitSentences } from '../src/read/sentences.js';
import { findStatements } from '../src/read/statements.js';
import { findTimes } from '../src/read/times.js';

async function txtFiles(dir: string, out: string[] = []): Promise<string[]> {
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await txtFiles(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

type Module = 'sentences' | 'actors' | 'quotes' | 'times' | 'statements';
const MODULES: Module[] = ['sentences', 'actors', 'quotes', 'times', 'statements'];

function staged(text: string, ms: Record<Module, number>): void {
  let t = performance.now();
  const lap = (m: Module): void => {
    const now = performance.now();
    ms[m] += now - t;
    t = now;
  };
  const sentences = splitSentences(text);
  lap('sentences');
  const { actors, mentions } = findActors(text, sentences);
  lap('actors');
  const quotes = findQuotes(text, sentences, actors, mentions);
  lap('quotes');
  findTimes(text, sentences, null);
  lap('times');
  findStatements(text, sentences, actors, mentions, quotes);
  lap('statements');
}

export async function run(dataPath: string): Promise<string> {
  const root = dataPath || '/work/shared/data/quotes/polnear/data';
  const files = (await stat(root)).isDirectory() ? await txtFiles(root) : [root];
  const limit = Number(process.env['READ_SPEED_LIMIT'] ?? 400);
  const rounds = Number(process.env['READ_SPEED_ROUNDS'] ?? 5);
  const texts = await Promise.all(files.slice(0, limit).map((f) => readFile(f, 'utf8')));
  if (texts.length === 0) return `No .txt files under ${root}.`;
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const tokens = texts.reduce((a, t) => a + (t.match(/\S+/g)?.length ?? 0), 0);

  for (const t of texts.slice(0, 50)) read(t); // warm-up: JIT and lazy lexicons
  const wall: number[] = [];
  const cpu: number[] = [];
  const perModule: Record<Module, number[]> = { sentences: [], actors: [], quotes: [], times: [], statements: [] };
  let peakRss = process.memoryUsage().rss;
  for (let r = 0; r < rounds; r++) {
    const w0 = performance.now();
    const c0 = cpuMs();
    for (const t of texts) read(t);
    wall.push(performance.now() - w0);
    cpu.push(cpuMs() - c0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const ms: Record<Module, number> = { sentences: 0, actors: 0, quotes: 0, times: 0, statements: 0 };
    for (const t of texts) staged(t, ms);
    for (const m of MODULES) perModule[m].push(ms[m]);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const n = texts.length;
  const wallMs = median(wall);
  const cpuMedian = median(cpu);
  const rate = (ms: number): number => (n * 1000) / ms;
  const lines = [
    `## read() speed: ${n} articles from ${root} (mean ${(chars / n).toFixed(0)} chars, ${(tokens / n).toFixed(0)} whitespace tokens), median of ${rounds} rounds`,
    '',
    '| measure | per article (ms) | articles/s, 1 thread | articles/s, 2 cores | tokens/s, 1 thread |',
    '|---|---:|---:|---:|---:|',
    `| wall time | ${(wallMs / n).toFixed(2)} | ${rate(wallMs).toFixed(0)} | ${(2 * rate(wallMs)).toFixed(0)} | ${((tokens * 1000) / wallMs).toFixed(0)} |`,
    `| CPU time | ${(cpuMedian / n).toFixed(2)} | ${rate(cpuMedian).toFixed(0)} | ${(2 * rate(cpuMedian)).toFixed(0)} | ${((tokens * 1000) / cpuMedian).toFixed(0)} |`,
    '',
    `Rounds (wall ms): ${wall.map((x) => x.toFixed(0)).join(', ')}; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB.`,
    '',
    '| module | ms per article (median, wall) | share |',
    '|---|---:|---:|',
  ];
  const mods = MODULES.map((m) => [m, median(perModule[m]) / n] as const);
  const sum = mods.reduce((a, [, v]) => a + v, 0);
  for (const [m, v] of mods) lines.push(`| ${m} | ${v.toFixed(3)} | ${((100 * v) / sum).toFixed(0)}% |`);
  return lines.join('\n');
}
