// Where articles tell one claim differently: within each claim cluster, the
// members' numbers (with what they count), dates and attributions ("X said")
// are read off the sentences and compared. A value one member gives and
// another contradicts (same counted thing, different number; same kind of
// date, different day; a named source that differs) is a conflict.

import type { ClaimCluster, SentenceRef } from '../types.js';
import { stem } from './tokens.js';
import { checkpoint, UNLIMITED, type Budget } from '../common/budget.js';

export interface Conflict {
  /** Members of one claim cluster that disagree, in cluster order. */
  members: SentenceRef[];
  kind: 'number' | 'date' | 'attribution';
  /** The differing values as written (normalised), sorted. */
  values: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ABBR = new Map(MONTHS.map((m, i) => [m.slice(0, 3), i] as const));
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// Words between a number and what it counts, or too vague to name the counted thing.
const SKIP_AFTER = new Set(['of', 'the', 'a', 'more', 'than', 'about', 'some', 'other', 'per', 'cent']);
const NOT_COUNTED = new Set(['and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'was', 'were', 'is', 'are']);

interface Quantity {
  value: number;
  /** Stem of the word it counts or measures ("peopl", "percent"): what is compared. */
  unit: string;
  /** That word as written, for display. */
  unitForm: string;
}

type DateValue = { kind: 'weekday' | 'day' | 'year' | 'month'; value: string };

interface Facts {
  numbers: Quantity[];
  dates: DateValue[];
  sources: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}%]|[\p{L}\p{N}%]/gu;

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

/** A numeric reading of one word (or null): "12", "1,200", "3.5", "twelve". */
function numeral(w: string): number | null {
  const lw = w.toLowerCase().replace(/%$/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(lw)) return Number(lw.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(lw)) return Number(lw);
  return NUMBER_WORDS[lw] ?? null;
}

function isYear(w: string): boolean {
  return /^(1[89]|20)\d\d$/.test(w);
}

function monthOf(w: string): number | null {
  const lw = w.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(lw);
  if (i >= 0) return i;
  // "May" alone is a verb as often as a month; only the full name counts.
  return lw.length === 3 && lw !== 'may' ? (MONTH_ABBR.get(lw) ?? null) : null;
}

function readDates(ws: string[]): { dates: DateValue[]; used: Set<number> } {
  const dates: DateValue[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const lw = w.toLowerCase();
    if (WEEKDAYS.includes(lw)) dates.push({ kind: 'weekday', value: lw });
    const m = monthOf(w);
    if (m !== null && (w[0] ?? '') !== (w[0] ?? '').toLowerCase()) {
      const after = ws[i + 1]?.replace(/(st|nd|rd|th)$/, '') ?? '';
      const before = ws[i - 1]?.replace(/(st|nd|rd|th)$/, '') ?? '';
      const day = /^\d{1,2}$/.test(after) ? Number(after) : /^\d{1,2}$/.test(before) ? Number(before) : null;
      if (day !== null && day >= 1 && day <= 31) {
        dates.push({ kind: 'day', value: `${MONTHS[m]} ${day}` });
        used.add(/^\d{1,2}$/.test(after) ? i + 1 : i - 1);
      } else dates.push({ kind: 'month', value: MONTHS[m]! });
    }
    if (isYear(w)) {
      dates.push({ kind: 'year', value: w });
      used.add(i);
    }
    const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(w);
    if (iso) {
      dates.push({ kind: 'day', value: `${MONTHS[Number(iso[2]) - 1] ?? iso[2]} ${Number(iso[3])}` });
      dates.push({ kind: 'year', value: iso[1]! });
      used.add(i);
    }
  }
  return { dates, used };
}

function readNumbers(ws: string[], used: Set<number>): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (used.has(i)) continue;
    let value = numeral(ws[i]!);
    if (value === null || /^\d{4}-/.test(ws[i]!)) continue;
    const percent = ws[i]!.endsWith('%');
    let j = i + 1;
    const scale = SCALES[ws[j]?.toLowerCase() ?? ''];
    if (scale) {
      value *= scale;
      j++;
    }
    // "one" and "a dozen" are often not counts of the claim ("one of the ..."): need a counted noun.
    let unitForm = percent ? 'percent' : '';
    for (; !unitForm && j < ws.length && j <= i + 4; j++) {
      const lw = ws[j]!.toLowerCase();
      if (NOT_COUNTED.has(lw) || numeral(lw) !== null) break;
      if (!SKIP_AFTER.has(lw)) unitForm = lw.replace(/['’]s$/, '');
    }
    if (unitForm) out.push({ value, unit: stem(unitForm), unitForm });
    i = j - 1;
  }
  return out;
}

// "X said", "X says", "X told reporters", "X stated", "according to X".
const SAID = new Set(['said', 'says', 'told', 'stated', 'announced', 'reported', 'claimed', 'added', 'noted', 'insisted']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this']);

function isCap(w: string): boolean {
  return w[0] !== w[0]!.toLowerCase();
}

function clean(w: string): string {
  return w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]$/, '');
}

/** A source named by capitalised words, or by "the <noun>"; null for pronouns. */
function source(phrase: string[]): string | null {
  const p = phrase.map(clean);
  while (p.length && DETERMINERS.has(p[0]!)) p.shift();
  if (p.length === 0 || p.some((w) => PRONOUNS.has(w))) return null;
  return p.join(' ');
}

function readSources(ws: string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const lw = ws[i]!.toLowerCase();
    if (SAID.has(lw) && i > 0) {
      // The noun phrase just before the verb: capitalised words, else "the <noun>".
      let k = i - 1;
      while (k >= 0 && i - k <= 4 && isCap(ws[k]!) && !DETERMINERS.has(ws[k]!.toLowerCase())) k--;
      let phrase = ws.slice(k + 1, i);
      if (phrase.length === 0 && i >= 2 && DETERMINERS.has(ws[i - 2]!.toLowerCase())) phrase = [ws[i - 1]!];
      const s = source(phrase);
      if (s) out.add(s);
    }
    if (lw === 'according' && ws[i + 1]?.toLowerCase() === 'to') {
      let k = i + 2;
      while (k < ws.length && DETERMINERS.has(ws[k]!.toLowerCase())) k++;
      const start = k;
      while (k < ws.length && k - start < 6 && isCap(ws[k]!)) k++;
      const phrase = k > start ? ws.slice(start, k) : ws.slice(start, start + 1);
      const s = source(phrase);
      if (s) out.add(s);
    }
  }
  return [...out];
}

/** Numbers, dates and named sources in one sentence. */
export function readFacts(sentence: string): Facts {
  const ws = words(sentence);
  const { dates, used } = readDates(ws);
  return { numbers: readNumbers(ws, used), dates, sources: readSources(ws) };
}

function formatNumber(q: Quantity): string {
  return `${Number.isInteger(q.value) ? q.value : q.value.toFixed(2).replace(/0+$/, '')} ${q.unitForm}`;
}

interface Read {
  ref: SentenceRef;
  facts: Facts;
}

/** Pairs of members that give different values for one thing, grouped into conflicts. */
function collect(
  reads: Read[],
  kind: Conflict['kind'],
  valuesOf: (f: Facts) => Map<string, string>,
  canon: (value: string) => string = (v) => v,
): Conflict[] {
  // key (what is valued) → value → members giving it
  const byKey = new Map<string, Map<string, Set<number>>>();
  // The fullest wording seen of each canonical value, for display.
  const shown = new Map<string, string>();
  reads.forEach((r, i) => {
    for (const [key, value] of valuesOf(r.facts)) {
      const values = byKey.get(key) ?? new Map<string, Set<number>>();
      const c = canon(value);
      const set = values.get(c) ?? new Set<number>();
      set.add(i);
      values.set(c, set);
      if (!shown.has(c) || value.length > shown.get(c)!.length) shown.set(c, value);
      byKey.set(key, values);
    }
  });
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const values of byKey.values()) {
    if (values.size < 2) continue;
    // A member giving several values for one key (a range, "12 or 15") is not in conflict with itself.
    const members = new Set<number>();
    for (const set of values.values()) for (const m of set) members.add(m);
    const sorted = [...values.keys()].map((v) => shown.get(v) ?? v).sort();
    const sig = `${kind}|${sorted.join('|')}|${[...members].sort().join(',')}`;
    if (seen.has(sig) || members.size < 2) continue;
    seen.add(sig);
    out.push({ members: [...members].sort((x, y) => x - y).map((m) => reads[m]!.ref), kind, values: sorted });
  }
  return out;
}

function numberValues(f: Facts): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of f.numbers) {
    // Keyed by the head of what is counted; a sentence's first reading of a unit wins.
    const key = q.unit;
    if (!out.has(key)) out.set(key, formatNumber(q));
  }
  return out;
}

function dateValues(f: Facts): Map<string, string> {
  const out = new Map<string, string>();
  // Only like compares with like: a weekday with a weekday, a day of a month with a day of a month.
  for (const d of f.dates) if (!out.has(d.kind)) out.set(d.kind, d.value);
  return out;
}

function sourceValues(f: Facts): Map<string, string> {
  return f.sources.length === 1 ? new Map([['source', f.sources[0]!]]) : new Map();
}

/**
 * Claims told differently: for each claim cluster with members from two or more
 * articles, the members whose numbers (for the same counted thing), dates (of
 * the same kind) or single named source differ.
 */
export function findConflicts(clusters: ClaimCluster[], articles: { id: string; text: string }[], budget: Budget = UNLIMITED): Conflict[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const out: Conflict[] = [];
  const step = checkpoint(budget, 'conflict search', 64);
  // Copies of an article repeat its sentences word for word: each distinct sentence is read once.
  const factsOf = new Map<string, Facts>();
  for (const c of clusters) {
    if (c.members.length < 2) continue;
    step();
    const sentences: [SentenceRef, string][] = [];
    for (const ref of c.members) {
      const text = textOf.get(ref.article);
      if (text !== undefined) sentences.push([ref, text.slice(ref.sentence.start, ref.sentence.end)]);
    }
    // Word-for-word copies of one sentence cannot disagree.
    if (sentences.every(([, s]) => s === sentences[0]![1])) continue;
    const reads: Read[] = [];
    for (const [ref, sentence] of sentences) {
      let facts = factsOf.get(sentence);
      if (!facts) {
        facts = readFacts(sentence);
        factsOf.set(sentence, facts);
      }
      reads.push({ ref, facts });
    }
    if (new Set(reads.map((r) => r.ref.article)).size < 2) continue;
    const local = [
      ...collect(reads, 'number', numberValues),
      ...collect(reads, 'date', dateValues),
      // "Ryabkov" and "Sergei Ryabkov", "the ministry" and "the Foreign Ministry" are one source: compare heads.
      ...collect(reads, 'attribution', sourceValues, (v) => v.split(' ').pop()!),
    ];
    // Disagreement within one article is not a conflict between outlets.
    out.push(...local.filter((k) => new Set(k.members.map((m) => m.article)).size >= 2));
  }
  return out;
}
