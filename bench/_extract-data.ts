// Shared by the extraction benchmarks: loading the ScrapingHub and WCXB dev sets, and their metrics.
// ScrapingHub: `\w+` Unicode tokens (case kept), 4-token shingle multisets, per-page P/R, F1 of the means.
// WCXB: lowercased `\w+` bag-of-words F1 per page, averaged; exact-match rates for title, author, date.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Page {
  id: string;
  url: string | null;
  html: string;
  bytes: number;
}

export function loadHtmlDir(dir: string, limit = Infinity): Page[] {
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz') || f.endsWith('.html')).sort();
  return files.slice(0, limit).map((f) => {
    const raw = readFileSync(join(dir, 'html', f));
    const buf = f.endsWith('.gz') ? gunzipSync(raw) : raw;
    return { id: f.replace(/\.html(\.gz)?$/, ''), url: null, html: buf.toString('utf8'), bytes: buf.length };
  });
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokens(text: string, lower = false): string[] {
  const m = (lower ? text.toLowerCase() : text).match(WORD);
  return m ? [...m] : [];
}

function shingles(toks: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string): void => {
    out.set(k, (out.get(k) ?? 0) + 1);
  };
  if (toks.length < 4) add(toks.join(' '));
  else for (let i = 0; i + 4 <= toks.length; i++) add(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]} ${toks[i + 3]}`);
  return out;
}

function overlap(pred: Map<string, number>, gold: Map<string, number>): { p: number; r: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [k, n] of pred) {
    np += n;
    tp += Math.min(n, gold.get(k) ?? 0);
  }
  for (const n of gold.values()) ng += n;
  const fp = np - tp;
  const fn = ng - tp;
  return { p: fp === 0 && fn === 0 ? 1 : np === 0 ? 0 : tp / np, r: fp === 0 && fn === 0 ? 1 : ng === 0 ? 0 : tp / ng };
}

export interface ShPage {
  p: number;
  r: number;
  exact: boolean;
}

export function scrapinghubScore(pred: string, gold: string): ShPage {
  const pt = tokens(pred);
  const gt = tokens(gold);
  const { p, r } = overlap(shingles(pt), shingles(gt));
  return { p, r, exact: pt.length === gt.length && pt.every((t, i) => t === gt[i]) };
}

export function corpus(pages: readonly ShPage[]): { f1: number; p: number; r: number; accuracy: number } {
  const n = pages.length || 1;
  const p = pages.reduce((s, x) => s + x.p, 0) / n;
  const r = pages.reduce((s, x) => s + x.r, 0) / n;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, accuracy: pages.filter((x) => x.exact).length / n };
}

export function pageF1(x: { p: number; r: number }): number {
  return x.p + x.r > 0 ? (2 * x.p * x.r) / (x.p + x.r) : 0;
}

/** WCXB word F1: lowercased bag of words. */
export function wordF1(pred: string, gold: string): number {
  const bag = (t: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of tokens(t, true)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const a = bag(pred);
  const b = bag(gold);
  let tp = 0;
  let na = 0;
  let nb = 0;
  for (const [k, n] of a) {
    na += n;
    tp += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) nb += n;
  if (na === 0 && nb === 0) return 1;
  if (tp === 0) return 0;
  const p = tp / na;
  const r = tp / nb;
  return (2 * p * r) / (p + r);
}

export interface WcxbGold {
  title: string | null;
  author: string | null;
  date: string | null;
  text: string | null;
  url: string | null;
}

export function loadWcxbGold(dir: string, id: string): WcxbGold {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
    url?: string;
    ground_truth: { title?: string | null; author?: string | null; publish_date?: string | null; main_content?: string | null };
  };
  const g = j.ground_truth;
  return { title: g.title || null, author: g.author || null, date: g.publish_date || null, text: g.main_content ?? null, url: j.url ?? null };
}

export const foldSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Author match: the same name words in order, ignoring case, punctuation and the joiners "and"/"&". */
export function sameAuthors(found: readonly string[], gold: string): boolean {
  const key = (s: string): string => tokens(s, true).filter((t) => t !== 'and').join(' ');
  return key(found.join(', ')) === key(gold) && key(gold) !== '';
}

export function fmt(x: number, d = 3): string {
  return x.toFixed(d);
}
