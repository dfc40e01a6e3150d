// PLOVER check of read/statements on the gold-coded sentences (plover-gsr-dev.json): each sentence goes
// through the real `read` path (sentences, the actor finder, quotes, statements); the statement compared
// with the gold event is the one whose trigger overlaps the gold event words ((EVT: ...) in the markup,
// earliest first), else the first statement of the text. Reports event-type accuracy, macro F1 and per-class
// figures, and source/target actor matches: text (a mention of the predicted actor overlaps the gold actor
// text) and code (the predicted actor's ISO code, or that of the country it belongs to, equals the gold ISO3).
// Usage: run('/work/shared/data/events') or run('.../plover-gsr-dev.json') → Markdown.

import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { read } from '../src/read/index.js';
import type { Actor, Reading, Span, Statement } from '../src/types.js';

interface GoldActor {
  actorText?: string;
  code?: string;
}

interface GoldItem {
  id: string;
  event: string;
  eventText?: string;
  text?: string;
  source?: GoldActor[];
  target?: GoldActor[];
  textInfo?: { markup?: string };
}

const countries = createRequire(import.meta.url)('i18n-iso-countries') as { alpha2ToAlpha3: (code: string) => string | undefined };

/** Spans in `text` of the (EVT: ...) words of the markup, in markup order; eventText words as a fallback. */
function eventSpans(item: GoldItem, text: string): Span[] {
  const parts: string[] = [];
  const markup = item.textInfo?.markup ?? '';
  for (const m of markup.matchAll(/\(EVT:\s*((?:[^()]|\([^()]*\))*?)\s*\)/g)) {
    const inner = (m[1] ?? '').replace(/\([A-Z/]+:\s*|\)/g, '').trim();
    if (inner) parts.push(inner);
  }
  if (parts.length === 0 && item.eventText) parts.push(...item.eventText.split(/\s+/).filter((w) => w.length > 2 && w !== '...'));
  const out: Span[] = [];
  let from = 0;
  for (const p of parts) {
    let at = text.indexOf(p, from);
    if (at < 0) at = text.indexOf(p);
    if (at < 0) continue;
    out.push({ start: at, end: at + p.length });
    from = at + p.length;
  }
  return out;
}

function actorSpans(text: string, actors: GoldActor[] | undefined): Span[] {
  const out: Span[] = [];
  for (const a of actors ?? []) {
    const t = a.actorText?.trim();
    if (!t) continue;
    const at = text.indexOf(t);
    if (at >= 0) out.push({ start: at, end: at + t.length });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function pickStatement(reading: Reading, events: Span[]): { statement: Statement | null; how: 'trigger' | 'first' | 'none' } {
  for (const e of events) {
    const s = reading.statements.find((st) => overlaps(st.trigger, e));
    if (s) return { statement: s, how: 'trigger' };
  }
  const first = reading.statements[0];
  return first ? { statement: first, how: 'first' } : { statement: null, how: 'none' };
}

function codesOf(actorId: string | null, actors: Actor[]): Set<string> {
  const out = new Set<string>();
  let a = actors.find((x) => x.id === actorId);
  for (let depth = 0; a && depth < 4; depth++) {
    if (a.code && /^[A-Z]{2}$/.test(a.code)) {
      const a3 = countries.alpha2ToAlpha3(a.code);
      if (a3) out.add(a3);
    }
    const parent = a.partOf;
    a = parent ? actors.find((x) => x.id === parent) : undefined;
  }
  return out;
}

interface RoleScore {
  gold: number;
  text: number;
  codeGold: number;
  code: number;
}

function scoreRole(row: RoleScore, actorId: string | null, reading: Reading, text: string, gold: GoldActor[] | undefined): void {
  const spans = actorSpans(text, gold);
  if (spans.length === 0) return;
  row.gold++;
  const mentions = reading.mentions.filter((m) => m.actor === actorId);
  if (actorId && mentions.some((m) => spans.some((g) => overlaps(m, g)))) row.text++;
  const goldCodes = (gold ?? []).map((g) => g.code).filter((c): c is string => !!c && /^[A-Z]{3}$/.test(c));
  if (goldCodes.length === 0) return;
  row.codeGold++;
  const predicted = codesOf(actorId, reading.actors);
  if (goldCodes.some((c) => predicted.has(c))) row.code++;
}

const pct = (x: number): string => (100 * x).toFixed(1);
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export async function run(dataPath: string): Promise<string> {
  const file = (await stat(dataPath)).isDirectory() ? join(dataPath, 'plover-gsr-dev.json') : dataPath;
  const items = (JSON.parse(await readFile(file, 'utf8')) as GoldItem[]).filter((x) => typeof x.text === 'string' && x.text.trim());
  const confusion = new Map<string, Map<string, number>>();
  const how = { trigger: 0, first: 0, none: 0 };
  const source: RoleScore = { gold: 0, text: 0, codeGold: 0, code: 0 };
  const target: RoleScore = { gold: 0, text: 0, codeGold: 0, code: 0 };
  let correct = 0;
  let ms = 0;
  for (const item of items) {
    const text = item.text ?? '';
    const t0 = performance.now();
    const reading = read(text, { published: null });
    ms += performance.now() - t0;
    const picked = pickStatement(reading, eventSpans(item, text));
    how[picked.how]++;
    // The gold set (PLOVER 0.5) has no ACCUSE: accusations are coded DISAPPROVE (CAMEO 11).
    const type = picked.statement?.type ?? '(none)';
    const predicted = type === 'ACCUSE' ? 'DISAPPROVE' : type;
    if (predicted === item.event) correct++;
    else if (process.env.PLOVER_MISSES) {
      const trig = picked.statement ? text.slice(picked.statement.trigger.start, picked.statement.trigger.end) : '-';
      process.stderr.write(`${item.event}\t${predicted}\t${trig}\t${text.replace(/\s+/g, ' ').slice(0, 240)}\n`);
    }
    const row = confusion.get(item.event) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(item.event, row);
    scoreRole(source, picked.statement?.actor ?? null, reading, text, item.source);
    scoreRole(target, picked.statement?.target ?? null, reading, text, item.target);
  }
  const classes = [...confusion.keys()].sort();
  const predictedCount = (c: string): number => [...confusion.values()].reduce((n, row) => n + (row.get(c) ?? 0), 0);
  const perClass = classes.map((c) => {
    const row = confusion.get(c) ?? new Map<string, number>();
    const gold = [...row.values()].reduce((a, b) => a + b, 0);
    const tp = row.get(c) ?? 0;
    const pred = predictedCount(c);
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    const errors = [...row].filter(([k]) => k !== c).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${n}`).join(', ');
    return { c, gold, pred, p, r, f: f1(p, r), errors };
  });
  const macro = perClass.reduce((s, x) => s + x.f, 0) / Math.max(1, perClass.length);
  const lines = [
    `PLOVER gold sentences: ${items.length} (a small set: one sentence moves accuracy by ${pct(1 / items.length)} points), ${classes.length} event types, ${ms.toFixed(0)} ms in read().`,
    `Statement compared: trigger overlaps the gold event words ${how.trigger}, first statement of the text ${how.first}, no statement ${how.none}.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| event-type accuracy | ${(correct / items.length).toFixed(3)} (${correct}/${items.length}) |`,
    `| macro F1 over gold types | ${macro.toFixed(3)} |`,
    `| source actor, text overlap | ${pct(source.text / Math.max(1, source.gold))}% of ${source.gold} |`,
    `| source actor, ISO3 code | ${pct(source.code / Math.max(1, source.codeGold))}% of ${source.codeGold} |`,
    `| target actor, text overlap | ${pct(target.text / Math.max(1, target.gold))}% of ${target.gold} |`,
    `| target actor, ISO3 code | ${pct(target.code / Math.max(1, target.codeGold))}% of ${target.codeGold} |`,
    '',
    '| gold type | sentences | predicted | precision | recall | F1 | main confusions |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...perClass.map((x) => `| ${x.c} | ${x.gold} | ${x.pred} | ${pct(x.p)} | ${pct(x.r)} | ${pct(x.f)} | ${x.errors} |`),
  ];
  return lines.join('\n');
}
