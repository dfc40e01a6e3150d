// PolNeAR attribution check of read/quotes: every article text of the dev split (and train, the split the
// rules were tuned on) goes through the real `read` path, and the quotes' source, cue and content spans are
// scored against the gold Source, Cue and Content spans of the brat standoff annotation.
//
// Gold: one annotation file per article — the first by file name where several annotators annotated it
// (two dev articles have six). A discontinuous gold span ("315 448;463 553": a quote interrupted by
// `said Caddell`) counts as one gold span per fragment, since our quotes never cross an attribution;
// identical spans of one role are counted once, on both sides. Spans are compared after trimming
// whitespace. Exact: same start and end. Overlap: any shared character (each gold and each predicted span
// matched at most once, greedily by start).
// Usage: run('/work/shared/data/quotes/polnear') → Markdown.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { read } from '../src/read/index.js';
import type { Span } from '../src/types.js';

export type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];
const BRAT_ROLE: Record<string, Role> = { Source: 'source', Cue: 'cue', Content: 'content' };

export interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlapGold: number;
  overlapPredicted: number;
}

/** Gold spans by role from one .ann file. */
export function parseAnn(ann: string, text: string): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { source: [], cue: [], content: [] };
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2 || !cols[0]!.startsWith('T')) continue;
    const sp = cols[1]!.indexOf(' ');
    const role = BRAT_ROLE[cols[1]!.slice(0, sp)];
    if (!role) continue;
    for (const frag of cols[1]!.slice(sp + 1).split(';')) {
      const [s, e] = frag.trim().split(/\s+/).map(Number);
      if (s === undefined || e === undefined || !Number.isFinite(s) || !Number.isFinite(e)) continue;
      out[role].push(trim(text, { start: s, end: e }));
    }
  }
  for (const r of ROLES) out[r] = unique(out[r]);
  return out;
}

/** A span without the white space at its ends. */
export function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of spans) {
    const k = `${s.start}:${s.end}`;
    if (s.end <= s.start || seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function score(gold: Span[], predicted: Span[]): Counts {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const exact = predicted.filter((s) => g.has(`${s.start}:${s.end}`)).length;
  // Overlap, one-to-one, greedy in order of start.
  const usedP = new Set<number>();
  let overlap = 0;
  for (const gs of gold) {
    for (let k = 0; k < predicted.length; k++) {
      const p = predicted[k]!;
      if (usedP.has(k) || p.end <= gs.start || p.start >= gs.end) continue;
      usedP.add(k);
      overlap++;
      break;
    }
  }
  return { gold: gold.length, predicted: predicted.length, exact, overlapGold: overlap, overlapPredicted: overlap };
}

function add(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    exact: a.exact + b.exact,
    overlapGold: a.overlapGold + b.overlapGold,
    overlapPredicted: a.overlapPredicted + b.overlapPredicted,
  };
}

const zero = (): Counts => ({ gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 });

function prf(hitP: number, predicted: number, hitG: number, gold: number): [number, number, number] {
  const p = predicted ? hitP / predicted : 0;
  const r = gold ? hitG / gold : 0;
  return [p * 100, r * 100, p + r ? (200 * p * r) / (p + r) : 0];
}

export interface SplitResult {
  articles: number;
  counts: Record<Role, Counts>;
  ms: number;
}

export async function evaluateSplit(dir: string, limit = Infinity): Promise<SplitResult> {
  const annDir = join(dir, 'attributions');
  const textDir = join(dir, 'text');
  const anns = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  const first = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!first.has(base)) first.set(base, f);
  }
  const counts: Record<Role, Counts> = { source: zero(), cue: zero(), content: zero() };
  let articles = 0;
  let ms = 0;
  // POLNEAR_FOLD=k: only every fifth article from the k-th (the fold scripts/train-cue-model.ts leaves out
  // with CUE_HOLDOUT=k), to tune on train articles the cue model did not see.
  const fold = process.env['POLNEAR_FOLD'];
  const entries = [...first.entries()].filter((_, i) => fold === undefined || dir.endsWith('dev') || i % 5 === Number(fold));
  for (const [base, annFile] of entries.slice(0, limit)) {
    let text: string;
    try {
      text = await readFile(join(textDir, `${base}.txt`), 'utf8');
    } catch {
      continue;
    }
    const gold = parseAnn(await readFile(join(annDir, annFile), 'utf8'), text);
    const t0 = performance.now();
    const reading = read(text, { published: null });
    ms += performance.now() - t0;
    const predicted: Record<Role, Span[]> = { source: [], cue: [], content: [] };
    for (const q of reading.quotes) {
      if (q.source) predicted.source.push(trim(text, q.source));
      if (q.cue) predicted.cue.push(trim(text, q.cue));
      predicted.content.push(trim(text, q.content));
    }
    for (const r of ROLES) counts[r] = add(counts[r], score(gold[r], unique(predicted[r])));
    if (process.env['POLNEAR_MISSES']) reportMisses(base, text, gold, predicted, process.env['POLNEAR_MISSES']);
    articles++;
  }
  return { articles, counts, ms };
}

/**
 * Error analysis (POLNEAR_MISSES=cue|source|content): one stderr line per missed gold span ("MISS") and
 * per wrong prediction ("FALSE"), with the span and its context, for grouping into error classes.
 */
function reportMisses(base: string, text: string, gold: Record<Role, Span[]>, predicted: Record<Role, Span[]>, which: string): void {
  const role = (ROLES as string[]).includes(which) ? (which as Role) : 'cue';
  const key = (s: Span): string => `${s.start}:${s.end}`;
  const p = new Set(predicted[role].map(key));
  const g = new Set(gold[role].map(key));
  const show = (s: Span): string =>
    `${text.slice(Math.max(0, s.start - 60), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 60)}`.replace(/\s+/g, ' ');
  for (const s of gold[role]) if (!p.has(key(s))) process.stderr.write(`MISS\t${base}\t${show(s)}\n`);
  for (const s of unique(predicted[role])) if (!g.has(key(s))) process.stderr.write(`FALSE\t${base}\t${show(s)}\n`);
}

function table(name: string, res: SplitResult): string {
  const rows = [
    `### ${name} (${res.articles} articles; read ${(res.ms / Math.max(1, res.articles)).toFixed(1)} ms/article)`,
    '',
    '| role | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of ROLES) {
    const c = res.counts[r];
    const [ep, er, ef] = prf(c.exact, c.predicted, c.exact, c.gold);
    const [op, or, of] = prf(c.overlapPredicted, c.predicted, c.overlapGold, c.gold);
    rows.push(`| ${r} | ${c.gold} | ${c.predicted} | ${ep.toFixed(1)} | ${er.toFixed(1)} | **${ef.toFixed(1)}** | ${op.toFixed(1)} | ${or.toFixed(1)} | ${of.toFixed(1)} |`);
  }
  return rows.join('\n');
}

export async function run(dataPath: string): Promise<string> {
  const root = dataPath || '/work/shared/data/quotes/polnear';
  const data = (await stat(join(root, 'data')).catch(() => null)) ? join(root, 'data') : root;
  const parts = ['## PolNeAR attribution spans (read → quotes)', ''];
  parts.push(table('dev (check set: rules not tuned on its misses this round)', await evaluateSplit(join(data, 'dev'))));
  if (!process.env['POLNEAR_DEV_ONLY']) {
    const limit = Number(process.env['POLNEAR_TRAIN_LIMIT'] ?? Infinity);
    parts.push('', table('train (tuning set: rules tuned on its misses)', await evaluateSplit(join(data, 'train'), limit)));
  }
  parts.push(
    '',
    'Gold = first annotator file per article; discontinuous spans scored per fragment; identical spans counted once. ' +
      'Reference (PolNeAR dev, exact F1 source/cue/content): BERT+CofeNet 83.2/75.3/72.9; rule baselines 10.7/22.8/5.6.',
  );
  return parts.join('\n');
}
