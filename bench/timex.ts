// TempEval-3 style check of read/times on TimeBank + AQUAINT (TimeML): extraction precision/recall/F1
// (strict = same span, relaxed = any overlap), type accuracy and value F1 (relaxed match with the gold value).
// Usage: run('/work/shared/data/timex') → Markdown table.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeXML } from 'entities';
import { findTimes } from '../src/read/times.js';
import { estimatePublished } from '../src/read/time-estimate.js';
import { splitSentences } from '../src/read/sentences.js';
import type { Span } from '../src/types.js';

interface Gold extends Span {
  type: string;
  value: string;
}

/** The <TEXT> body as plain text, with the gold TIMEX3s as offsets into it, and the creation date. */
function parseTml(xml: string): { text: string; gold: Gold[]; dct: string | null } {
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[4] !== undefined) {
      text += decodeXML(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      if (open) gold.push({ start: open.start, end: text.length, type: open.type, value: open.value });
      open = null;
    } else {
      const attrs = m[3] ?? '';
      open = { start: text.length, type: /type="([^"]*)"/.exec(attrs)?.[1] ?? '', value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '' };
    }
  }
  return { text, gold, dct: dct?.[1] ?? dct?.[2] ?? null };
}

function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pct = (x: number): string => (100 * x).toFixed(process.env.TIMEX_DIGITS ? Number(process.env.TIMEX_DIGITS) : 1);

/** How far the publication date estimated from the text alone (creation time withheld) is from the real one. */
interface EstimateTally { docs: number; made: number; yearless: number; day: number; within1: number; within7: number; tooLate: number }

function scoreEstimate(text: string, dct: string | null, e: EstimateTally): void {
  if (!dct) return;
  e.docs++;
  const est = estimatePublished(text, splitSentences(text));
  if (!est) return;
  e.made++;
  const truth = Date.parse(dct.slice(0, 10));
  const year = Number(dct.slice(0, 4));
  // A day without a year is judged by its month and day: placed in the year nearest the real date.
  const options = est.value.startsWith('XXXX') ? [year - 1, year, year + 1].map((y) => `${y}${est.value.slice(4)}`) : [est.value];
  if (est.value.startsWith('XXXX')) e.yearless++;
  const gaps = options.map((v) => (truth - Date.parse(v)) / 86_400_000);
  const gap = gaps.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
  if (gap === 0) e.day++;
  if (Math.abs(gap) <= 1) e.within1++;
  if (Math.abs(gap) <= 7) e.within7++;
  if (gap < 0) e.tooLate++;
}

interface Tally {
  docs: number; goldN: number; predN: number; strict: number; relaxed: number; typeOk: number; valueOk: number;
  byType: Map<string, { gold: number; value: number }>;
}

/** The expression in its surrounding words, for reading misses. */
const around = (text: string, s: Span): string =>
  JSON.stringify(`${text.slice(Math.max(0, s.start - 60), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 40)}`.replace(/\s+/g, ' '));

function score(text: string, gold: Gold[], dct: string | null, t: Tally, misses?: string[]): void {
  const pred = findTimes(text, process.env.TIMEX_NAIVE_SENTENCES ? sentencesOf(text) : splitSentences(text), dct);
  t.docs++;
  t.goldN += gold.length;
  t.predN += pred.length;
  for (const g of gold) {
    const row = t.byType.get(g.type) ?? { gold: 0, value: 0 };
    row.gold++;
    const hit = pred.find((p) => p.start < g.end && g.start < p.end);
    if (hit) {
      t.relaxed++;
      if (hit.start === g.start && hit.end === g.end) t.strict++;
      if (hit.type === g.type) t.typeOk++;
      if (hit.value === g.value) {
        t.valueOk++;
        row.value++;
      }
    }
    if (misses && hit?.value !== g.value) {
      misses.push(`${g.type}\t${JSON.stringify(text.slice(g.start, g.end))}\t${g.value}\t${hit ? `${JSON.stringify(hit.text)}\t${hit.type}\t${hit.value}` : '-'}\tdct=${dct}\t${around(text, g)}`);
    }
    t.byType.set(g.type, row);
  }
  if (misses) {
    for (const p of pred) if (!gold.some((g) => p.start < g.end && g.start < p.end)) misses.push(`FP\t${JSON.stringify(p.text)}\t${p.type}\t${p.value}\t${around(text, p)}`);
  }
}

function rows(name: string, t: Tally): string {
  const sP = t.strict / t.predN, sR = t.strict / t.goldN, rP = t.relaxed / t.predN, rR = t.relaxed / t.goldN;
  const vP = t.valueOk / t.predN, vR = t.valueOk / t.goldN;
  return `| ${name} | ${t.docs} | ${t.goldN} | ${pct(f1(sP, sR))} | ${pct(f1(rP, rR))} | ${pct(t.typeOk / Math.max(1, t.relaxed))} | ${pct(vP)} | ${pct(vR)} | **${pct(f1(vP, vR))}** |`;
}

const tally = (): Tally => ({ docs: 0, goldN: 0, predN: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0, byType: new Map() });

/** TimeBank is where the rules were tuned; AQUAINT is reported separately as the held-out part. */
export async function run(dataPath: string): Promise<string> {
  const parts = { TimeBank: tally(), AQUAINT: tally() };
  const all = tally();
  let estimateMs = 0;
  const est: EstimateTally = { docs: 0, made: 0, yearless: 0, day: 0, within1: 0, within7: 0, tooLate: 0 };
  const misses: string[] | undefined = process.env.TIMEX_MISSES ? [] : undefined;
  const t0 = performance.now();
  for (const sub of ['TimeBank', 'AQUAINT'] as const) {
    const dir = join(dataPath, sub);
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.tml')).sort()) {
      const { text, gold, dct } = parseTml(await readFile(join(dir, f), 'utf8'));
      const from = misses?.length ?? 0;
      score(text, gold, dct, parts[sub], misses && process.env.TIMEX_MISSES === sub ? misses : undefined);
      // Each miss line ends with its file, to open the document it came from.
      if (misses) for (let i = from; i < misses.length; i++) misses[i] += `\t${f}`;
      score(text, gold, dct, all);
      const e0 = performance.now();
      scoreEstimate(text, dct, est);
      estimateMs += performance.now() - e0;
    }
  }
  const ms = performance.now() - t0 - estimateMs;
  if (misses) process.stderr.write(misses.join('\n') + '\n');
  const lines = [
    `TempEval-3 training data (TimeML), ${ms.toFixed(0)} ms. Rules were tuned on TimeBank; AQUAINT is the held-out figure.`,
    '',
    '| part | documents | gold | strict F1 | relaxed F1 | type accuracy | value P | value R | value F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    rows('TimeBank (tuning)', parts.TimeBank),
    rows('AQUAINT (held out)', parts.AQUAINT),
    rows('overall', all),
    '',
    'Value F1 = relaxed match (any overlap) with the same normalised value. Published value F1 on the TempEval-3 test set: HeidelTime 77.6, SUTime 67.4.',
    '',
    '| gold type | TimeBank | value recall | AQUAINT | value recall |',
    '|---|---:|---:|---:|---:|',
    ...[...all.byType.keys()].sort().map((k) => {
      const a = parts.TimeBank.byType.get(k) ?? { gold: 0, value: 0 };
      const b = parts.AQUAINT.byType.get(k) ?? { gold: 0, value: 0 };
      return `| ${k} | ${a.gold} | ${pct(a.value / Math.max(1, a.gold))} | ${b.gold} | ${pct(b.value / Math.max(1, b.gold))} |`;
    }),
    '',
    `Publication date estimated from the text alone (creation time withheld): of ${est.docs} documents, ${est.made} got an estimate (${est.yearless} without a year, judged by month and day); of those, the share on the right day, within a day, within a week, and later than the real date.`,
    '',
    '| documents | estimated | right day | ±1 day | ±7 days | too late |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${est.docs} | ${est.made} | ${pct(est.day / Math.max(1, est.made))} | ${pct(est.within1 / Math.max(1, est.made))} | ${pct(est.within7 / Math.max(1, est.made))} | ${pct(est.tooLate / Math.max(1, est.made))} |`,
  ];
  return lines.join('\n');
}
