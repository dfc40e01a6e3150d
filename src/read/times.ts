// Time expressions (TimeML TIMEX3 types and values) found in a text and resolved against its publication date.
// Explicit calendar dates come from chrono-node, whose parsed components say which fields the text stated;
// everything TimeML normalises differently (years, decades, "last week" → a week number, seasons, durations,
// sets, PRESENT_REF/PAST_REF, weekdays, clock times) comes from the pattern rules in time-rules.ts.

import type { Span, TimeExpression } from '../types.js';
import { formatDate, formatMonth, formatWeek, isValidDate, parseReference, resolveYear, type CalDate } from './time-calendar.js';
import { RULES, type Candidate, type RuleContext } from './time-rules.js';
import { isAnchorable, resolveAnchor } from './time-anchor.js';
import { pastVerbBefore, tenseAt } from './time-tense.js';
import { chronoResults } from './time-chrono.js';
// The English parsers alone (chrono.parse is the English casual parser): the package's root also loads
// its other locales, some 200 modules each thread compiled at start-up and never ran.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';

const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

export function findTimes(text: string, sentences: Span[], published: string | null): TimeExpression[] {
  const ref = parseReference(published);
  // Sentences in order and disjoint (as splitSentences gives them) allow a binary search for the one at a position.
  const sorted = sentences.every((s, i) => i === 0 || (sentences[i - 1]?.end ?? 0) <= s.start);
  const sentenceAt = (pos: number): Span => {
    if (sorted) {
      const s = sentences[lastStartingBy(sentences, pos)];
      if (s && s.start <= pos && pos < s.end) return s;
    } else {
      for (const s of sentences) if (s.start <= pos && pos < s.end) return s;
    }
    // Outside any sentence (a heading, a caption): the line it is on.
    const lineStart = text.lastIndexOf('\n', pos) + 1;
    const nl = text.indexOf('\n', pos);
    return { start: lineStart, end: nl < 0 ? text.length : nl };
  };
  // Tense is read from the words near the expression, within its sentence: a "will" elsewhere in a long
  // sentence often belongs to another clause.
  const tense = (start: number, end: number, strict = false): 'past' | 'future' | null => {
    const s = sentenceAt(start);
    return tenseAt(text, s.start, s.end, start, end - start, strict);
  };
  const ctx: RuleContext = { text, ref, tense, future: (pos) => tense(pos, pos) === 'future' };
  const candidates: Candidate[] = [...chronoDates(ctx)];
  for (const rule of RULES) rule(ctx, candidates);
  return resolveAnchors(attachClocks(text, extendModifiers(text, select(candidates))), ref).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
  }));
}

/** Index of the last sentence starting at or before `pos` (sentences sorted by start), or -1. */
function lastStartingBy(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Calendar dates with an explicit month ("December 17", "17 February 2022", "Feb. 3", "2022-02-17"). */
function chronoDates(ctx: RuleContext): Candidate[] {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of chronoParts(text, instant)) {
    const month = r.start.get('month');
    if (!r.start.isCertain('month') || month === null) continue;
    let start = r.index;
    let end = r.index + r.text.length;
    const raw = r.text;
    if (raw.includes('\n')) continue;
    // TimeML spans leave out the preposition and trailing punctuation chrono sometimes includes.
    const lead = /^(?:on|in|at|by|since|from|until|of|the)\s+/i.exec(raw);
    if (lead) start += lead[0].length;
    const trail = /[\s,;:]+$|(?<=\d)\.$|\s+of$/i.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
    const span = text.slice(start, end);
    // chrono also resolves relative phrases ("a few minutes before") to a month; only stated months count here.
    // Numeric dates need all three parts: "7/8" and "20 3/8" are fractions far more often than dates.
    // The end of a range takes its month from the start ("March 3 to 5").
    if (!MONTH_WORD.test(span) && !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/.test(span) && !(r.rangeEnd && /^\d{1,2}$/.test(span))) continue;
    // A lone lower-case "may" / "march" is a verb; a lone capitalised one needs a date-like neighbour.
    if (!r.start.isCertain('day') && !r.start.isCertain('year') && /^[a-z]/.test(span)) continue;
    if (!r.start.isCertain('day') && !r.start.isCertain('year') && /^(May|March)$/.test(span) && !/\b(in|since|until|by|from|early|late|mid|last|next|this|of)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    // chrono dates "the end of November" to the 30th; TimeML keeps the month (see extendModifiers).
    const day = r.start.isCertain('day') && !/^(?:the\s+)?(?:beginning|start|end|middle|mid)\b/i.test(span) ? r.start.get('day') : null;
    let year: number | null = r.start.isCertain('year') ? r.start.get('year') : null;
    if (year === null && ref) {
      // A past verb governing the date ("ended Jan. 31") is trusted: the last such day up to the reference.
      if (day !== null && pastVerbBefore(text, start)) year = lastOnOrBefore(ref, month, day);
      else year = resolveYear(ref, month, day, ctx.tense(start, end));
    }
    let value: string;
    if (day !== null) {
      const date: CalDate = { y: year ?? 2000, m: month, d: day };
      if (!isValidDate(date)) continue;
      value = year === null ? `XXXX-${formatDate(date).slice(5)}` : formatDate(date);
    } else {
      value = year === null ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month);
    }
    let type: Candidate['type'] = 'DATE';
    // chrono reads "Jan. 1, 1990 at 1,015 francs" as one o'clock: an hour needs a clock-like word.
    const clockLike = /\d:\d\d|\b[ap]\.?m\b|\bnoon\b|\bmidnight\b|o'clock/i.test(span);
    if (day !== null && r.start.isCertain('hour') && !clockLike) {
      const at = /,?\s+(?:at|around|about)\s+\d[\s\S]*$/i.exec(span);
      if (at) end = start + at.index;
    } else if (day !== null && r.start.isCertain('hour')) {
      const h = r.start.get('hour') ?? 0;
      const min = r.start.get('minute') ?? 0;
      value += `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
      type = 'TIME';
    }
    out.push({ start, end, type, value });
  }
  return out;
}

/** A range chrono reads as one result ("Aug. 26 to Oct. 20") is two expressions in TimeML, each with its own
 *  value; a part without a month ("today through Nov. 17") is left to the rules. */
function chronoParts(text: string, instant: Date): { index: number; text: string; start: ParsedComponents; rangeEnd?: boolean }[] {
  const out: { index: number; text: string; start: ParsedComponents; rangeEnd?: boolean }[] = [];
  for (let r of chronoResults(text, instant)) {
    // chrono reads "night of Friday, Oct. 23" as tonight; the date after "of" is the one stated.
    const partOf = /^(?:the\s+)?(?:night|morning|afternoon|evening)\s+of\s+/i.exec(r.text);
    if (partOf) {
      const again = chrono.parse(r.text.slice(partOf[0].length), { instant, timezone: 0 })[0];
      if (!again || again.index !== 0) continue;
      r = { index: r.index + partOf[0].length, text: again.text, start: again.start, ...(again.end ? { end: again.end } : {}) };
    }
    const sep = r.end ? /\s+(?:to|through|until|till|and)\s+/i.exec(r.text) : null;
    if (!r.end || !sep) {
      out.push(r);
      continue;
    }
    out.push({ index: r.index, text: r.text.slice(0, sep.index), start: r.start });
    const at = sep.index + sep[0].length;
    out.push({ index: r.index + at, text: r.text.slice(at), start: r.end, rangeEnd: true });
  }
  return out;
}

/** Year of the last month-day on or before the reference. */
function lastOnOrBefore(ref: CalDate, month: number, day: number): number {
  return month < ref.m || (month === ref.m && day <= ref.d) ? ref.y : ref.y - 1;
}

/** Longest candidates first; a candidate overlapping one already chosen is dropped. */
function select(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** "mid-January", "the late 1990s", "early 2014", "the end of the year": the modifier belongs to the expression,
 *  which keeps the granularity of the period (TimeML has no value for "the end of"). */
function extendModifiers(text: string, list: Candidate[]): Candidate[] {
  return list.map((c, i) => {
    if (c.type !== 'DATE') return c;
    const prevEnd = i > 0 ? (list[i - 1]?.end ?? 0) : 0;
    // "the week of March 6": that date's week.
    const week = /\b(?:the\s+)?week\s+of\s+$/i.exec(text.slice(Math.max(prevEnd, c.start - 16), c.start));
    const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(c.value);
    if (week && day) return { ...c, start: c.start - week[0].length, value: formatWeek({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }) };
    const m = /\b(?:(?:the\s)?(?:early|mid|late)[- ]|mid|(?:the\s+)?(?:beginning|start|end|middle|close)\s+of\s+)$/i.exec(text.slice(Math.max(prevEnd, c.start - 20), c.start));
    if (m) return { ...c, start: c.start - m[0].length };
    // "Earlier Sunday", "late yesterday": a part of that day, which keeps the day's value.
    const part = /\b(?:earlier|later|early|late)\s+$/i.exec(text.slice(Math.max(prevEnd, c.start - 10), c.start));
    return part && /^\d{4}-\d\d-\d\d$/.test(c.value) ? { ...c, start: c.start - part[0].length } : c;
  });
}

/** A clock time next to a date takes that date: "10 p.m. Wednesday" (one expression), "Thursday at 10:00". */
function attachClocks(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c) continue;
    if (!c.clock) {
      out.push(c);
      continue;
    }
    const next = list[i + 1];
    const prev = out[out.length - 1];
    const isDay = (d: Candidate | undefined): d is Candidate => !!d && d.type === 'DATE' && /^(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)$/.test(d.value);
    if (isDay(next) && /^[ \t]*,?[ \t]*$/.test(text.slice(c.end, next.start))) {
      out.push({ start: c.start, end: next.end, type: 'TIME', value: `${next.value}T${c.clock}` });
      i++;
    } else if (isDay(next) && /^[ \t]*,?[ \t]*on[ \t]+$/i.test(text.slice(c.end, next.start))) {
      out.push({ ...c, value: `${next.value}T${c.clock}` });
    } else if (isDay(next) && /^[ \t]*\([^()\n]{1,30}\)[ \t]*,?[ \t]*(?:on[ \t]+)?$/i.test(text.slice(c.end, next.start))) {
      // "at 10:35 a.m. (0735 GMT) Friday": the same day after a parenthesis.
      out.push({ ...c, value: `${next.value}T${c.clock}` });
    } else if (isDay(prev) && /^[ \t]*,?[ \t]*(at[ \t]+)?$/i.test(text.slice(prev.end, c.start))) {
      out.push({ ...c, value: `${prev.value}T${c.clock}` });
    } else {
      out.push({ ...c, anchor: { kind: 'clock', clock: c.clock } });
    }
  }
  return out;
}

/** How far (in characters) before a clock time the day it belongs to may be stated. */
const CLOCK_REACH = 300;

/** Anchored expressions take their value from the last date mentioned before them, in text order. */
function resolveAnchors(list: Candidate[], ref: CalDate | null): Candidate[] {
  // "two days later" counts from the last date stated; "a year earlier", "the year-ago quarter" from the last period
  // under discussion (a quarter, a month, a year) — a day there is mostly a fiscal closing date or a deadline.
  let lastDate: string | null = null;
  let lastPeriod: string | null = null;
  // In results reporting, "a year earlier" compares with the quarter under discussion even after a month or a
  // season came up in between ("sales rose in April … up from a year earlier").
  let lastQuarter: string | null = null;
  let lastDateEnd = -Infinity;
  return list.map((c) => {
    let out = c;
    if (c.anchor) {
      const byDay = (c.anchor.kind === 'shift' && !!c.anchor.days) || c.anchor.kind === 'clock' || c.anchor.kind === 'weekday';
      const byYear = c.anchor.kind === 'shift' && !c.anchor.days && !c.anchor.months;
      // "the following year", "that month": counted from the last date, whatever its granularity ("May 22, 1995").
      let base = byDay ? (lastDate ?? lastPeriod) : c.anchor.kind === 'unit' ? lastDate : byYear ? (lastQuarter ?? lastPeriod) : lastPeriod;
      // A clock time takes a day stated nearby (the same or the previous sentence, roughly), not one from a
      // paragraph about something else.
      if (c.anchor.kind === 'clock' && c.start - lastDateEnd > CLOCK_REACH) base = null;
      const value = resolveAnchor(c.anchor, base, ref);
      out = value ? { ...c, value } : c;
    }
    // Only dates the text states (or that resolve from the publication date) anchor later ones: chaining
    // "the year-ago quarter … a year earlier" would move two years back.
    const v = out.value.replace(/T.*$/, '');
    if (!c.anchor && (out.type === 'DATE' || out.type === 'TIME') && isAnchorable(v)) {
      lastDate = v;
      lastDateEnd = out.end;
      if (!/-\d\d-\d\d$/.test(v)) lastPeriod = v;
      if (/-Q[1-4]$/.test(v)) lastQuarter = v;
    }
    return out;
  });
}
