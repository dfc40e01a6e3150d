// PAN 2013 text-alignment benchmark for link/reuse: character-level precision,
// recall, granularity and plagdet per obfuscation folder, plus speed.
// Usage: run('/work/shared/data/reuse/pan13-train') → Markdown table.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findReuse } from '../src/link/reuse.js';

interface Case {
  susp: [number, number];
  src: [number, number];
}

interface Totals {
  cases: number;
  recallSum: number;
  detections: number;
  precisionSum: number;
  detectedCases: number;
  granularitySum: number;
  pairs: number;
  ms: number;
  /** Characters of both texts of every pair aligned. */
  chars: number;
}

function parseCases(xml: string): Case[] {
  const out: Case[] = [];
  for (const m of xml.matchAll(/<feature[^>]*name="plagiarism"[^>]*\/>/g)) {
    const attr = (k: string): number => Number(new RegExp(`\\b${k}="(\\d+)"`).exec(m[0])?.[1] ?? NaN);
    const to = attr('this_offset');
    const so = attr('source_offset');
    out.push({ susp: [to, to + attr('this_length')], src: [so, so + attr('source_length')] });
  }
  return out;
}

function overlap(x: [number, number], y: [number, number]): [number, number] | null {
  const s = Math.max(x[0], y[0]);
  const e = Math.min(x[1], y[1]);
  return s < e ? [s, e] : null;
}

/** Length of the union of ranges. */
function unionLength(ranges: [number, number][]): number {
  const sorted = ranges.slice().sort((p, q) => p[0] - q[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const r of sorted) {
    if (cur && r[0] <= cur[1]) cur[1] = Math.max(cur[1], r[1]);
    else {
      if (cur) total += cur[1] - cur[0];
      cur = [r[0], r[1]];
    }
  }
  if (cur) total += cur[1] - cur[0];
  return total;
}

/** A detection detects a case when they overlap in both documents (PAN's definition). */
function covered(x: Case, ys: Case[]): number {
  const inSusp: [number, number][] = [];
  const inSrc: [number, number][] = [];
  for (const y of ys) {
    const a = overlap(x.susp, y.susp);
    const b = overlap(x.src, y.src);
    if (a && b) {
      inSusp.push(a);
      inSrc.push(b);
    }
  }
  return unionLength(inSusp) + unionLength(inSrc);
}

function size(c: Case): number {
  return c.susp[1] - c.susp[0] + (c.src[1] - c.src[0]);
}

function score(t: Totals, cases: Case[], dets: Case[]): void {
  t.cases += cases.length;
  t.detections += dets.length;
  for (const c of cases) {
    t.recallSum += covered(c, dets) / size(c);
    const n = dets.filter((d) => overlap(c.susp, d.susp) && overlap(c.src, d.src)).length;
    if (n > 0) {
      t.detectedCases++;
      t.granularitySum += n;
    }
  }
  for (const d of dets) t.precisionSum += covered(d, cases) / size(d);
}

function row(name: string, t: Totals): string {
  const rec = t.cases ? t.recallSum / t.cases : NaN;
  const prec = t.detections ? t.precisionSum / t.detections : t.cases ? 0 : NaN;
  const gran = t.detectedCases ? t.granularitySum / t.detectedCases : 1;
  const f1 = prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : 0;
  const plagdet = f1 / Math.log2(1 + gran);
  const f = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));
  const speed = t.ms > 0 ? (t.pairs / (t.ms / 1000)).toFixed(0) : '–';
  const mbs = t.ms > 0 ? (t.chars / 2 ** 20 / (t.ms / 1000)).toFixed(2) : '–';
  return `| ${name} | ${t.pairs} | ${t.cases} | ${t.detections} | ${f(plagdet)} | ${f(prec)} | ${f(rec)} | ${f(gran)} | ${speed} | ${mbs} |`;
}

const empty = (): Totals => ({
  cases: 0, recallSum: 0, detections: 0, precisionSum: 0, detectedCases: 0, granularitySum: 0, pairs: 0, ms: 0, chars: 0,
});

/** `limit` caps the pairs read per folder (for a quick run). */
export async function run(dataPath: string, limit = Infinity): Promise<string> {
  const folders = (await readdir(dataPath)).filter((d) => /^\d\d-/.test(d)).sort();
  const cache = new Map<string, string>();
  const text = async (p: string): Promise<string> => {
    let t = cache.get(p);
    if (t === undefined) {
      t = await readFile(p, 'utf8');
      cache.set(p, t);
    }
    return t;
  };
  const lines: string[] = [
    '| folder | pairs | cases | detections | plagdet | precision | recall | granularity | pairs/s | MB/s (text of both sides, Mi chars) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const all = empty();
  for (const folder of folders) {
    const t = empty();
    const pairs = (await readFile(join(dataPath, folder, 'pairs'), 'utf8')).trim().split('\n').slice(0, limit);
    for (const line of pairs) {
      const [susp, src] = line.trim().split(/\s+/);
      if (!susp || !src) continue;
      const xml = await readFile(join(dataPath, folder, `${susp.replace('.txt', '')}-${src.replace('.txt', '')}.xml`), 'utf8');
      const a = await text(join(dataPath, 'susp', susp));
      const b = await text(join(dataPath, 'src', src));
      const t0 = performance.now();
      const passages = findReuse(a, b);
      t.ms += performance.now() - t0;
      t.pairs++;
      t.chars += a.length + b.length;
      const dets: Case[] = passages.map((p) => ({ susp: [p.a.start, p.a.end], src: [p.b.start, p.b.end] }));
      score(t, parseCases(xml), dets);
    }
    lines.push(row(folder, t));
    for (const k of Object.keys(all) as (keyof Totals)[]) all[k] += t[k];
  }
  lines.push(row('overall', all));
  return lines.join('\n');
}

// Run directly: tsx bench/reuse.ts [dataPath] [limitPerFolder]
if (process.argv[1]?.endsWith('reuse.ts')) {
  const path = process.argv[2] ?? '/work/shared/data/reuse/pan13-train';
  const limit = process.argv[3] ? Number(process.argv[3]) : Infinity;
  run(path, limit).then((s) => console.log(s));
}
