// Periods named with a definite article rather than a number: "the year", "the fiscal year ended March 31",
// "that year", "the following month", "the weekend". TimeML annotates them as dates of the period the text
// is in (or, for "the year ended …", as a one-year duration). Also named holidays ("Thanksgiving Day").

import type { Candidate, RuleContext } from './time-rules.js';
import { addDays, daysBetween, daysInMonth, formatDate, formatMonth, formatWeek, isoWeekday, type CalDate } from './time-calendar.js';

import { matches, TimePattern } from './time-scan.js';
const S = '[ \\t\\u00a0]+';

const DEFINITE_YEARS_1 = new TimePattern(`\\b(the|that)(?:${S}(full|fiscal|current|whole|entire|same|latest${S}fiscal))?${S}(year|month)\\b(?![-'’]|${S}(?:two|nineteen|\\d{4}|earlier|ago|before|of\\b))`, 'gi', ['year', 'month'], ['th']);
const DEFINITE_YEARS_2 = new TimePattern(`\\bthe${S}(following|next|previous|preceding|prior)${S}(year|month)\\b(?!${S}(?:or|and)\\b)`, 'gi', ['following', 'next', 'previous', 'preceding', 'prior'], ['th']);

/** "the year", "the full year", "the month", "the fiscal year ended Sept. 30" (a duration), "that year" (anchored). */
export function definiteYears(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, DEFINITE_YEARS_1)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // A fiscal year named by its closing date is a stretch of twelve months, not a calendar year.
    if (/^\s+(?:end(?:ed|ing)|through|to)\b/i.test(text.slice(end, end + 12))) {
      out.push({ start, end, type: 'DURATION', value: 'P1Y' });
      continue;
    }
    const det = (m[1] ?? '').toLowerCase();
    const mod = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[3] ?? '').toLowerCase() === 'month' ? 'month' : 'year';
    const here = ref ? (unit === 'year' ? String(ref.y) : formatMonth(ref.y, ref.m)) : unit === 'year' ? 'XXXX' : 'XXXX-XX';
    if (det === 'that' || mod === 'same') {
      out.push({ start, end, type: 'DATE', value: here, anchor: { kind: 'unit', unit, offset: 0 } });
      continue;
    }
    if (unit === 'month') {
      out.push({ start, end, type: 'DATE', value: here });
      continue;
    }
    const y = ref ? ref.y - (mod === 'latest fiscal' ? 1 : 0) : null;
    out.push({ start, end, type: 'DATE', value: y === null ? 'XXXX' : String(y) });
  }
  // "the following year", "the previous month": counted from the date under discussion.
  for (const m of matches(text, DEFINITE_YEARS_2)) {
    const rel = (m[1] ?? '').toLowerCase();
    // "the next year" after a future verb is a stretch from now, handled as a relative period.
    if (rel === 'next') continue;
    const unit = (m[2] ?? '').toLowerCase() === 'year' ? 'year' : 'month';
    const offset = rel === 'following' ? 1 : -1;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX', anchor: { kind: 'unit', unit, offset } });
  }
}

const YEAR_END = new TimePattern(`(?=year)(?<=\\b(by|at|before|after|since|until|till|around|toward|towards|through|near|from)${S}(?:the${S})?)year(?:'s|’s)?[- ]end\\b(?![- ]?[a-z])`, 'gi', ['year-end', 'year end', "year's end", 'year’s end'], ['ye']);

/** "by year-end", "around year end", "by year's end": the end of the year, which TimeML values as the year
 *  (like "the end of the year"); the year just ended after "since" or in a past clause. "year-end results" is a
 *  kind of results. */
export function yearEnd(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  // "year" looked for first: the lookbehind alone would be tried at every position of the text.
  for (const m of matches(text, YEAR_END)) {
    const past = (m[1] ?? '').toLowerCase() === 'since' || ctx.tense(m.index, m.index + m[0].length) === 'past';
    const value = ref ? String(ref.y - (past ? 1 : 0)) : 'XXXX';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

const DEFINITE_WEEKEND = new TimePattern(`\\bthe${S}weekend\\b`, 'gi', ['weekend'], ['th']);

/** "the weekend": the last one in a past clause, the coming one in a future clause. */
export function definiteWeekend(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, DEFINITE_WEEKEND)) {
    const start = m.index;
    const end = m.index + m[0].length;
    let value = 'XXXX-WXX-WE';
    if (ref) {
      const wd = isoWeekday(ref);
      const future = ctx.tense(start, end) === 'future';
      // Saturday of the weekend meant; a reference date on the weekend is that weekend.
      const saturday = wd >= 6 ? addDays(ref, 6 - wd) : future ? addDays(ref, 6 - wd) : addDays(ref, -1 - wd);
      value = `${formatWeek(saturday)}-WE`;
    }
    out.push({ start, end, type: 'DATE', value });
  }
}

/** Day of the nth (1-based) `weekday` (1 = Monday) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, weekday: number, n: number): CalDate {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** US and international holidays news dates by name ("Thanksgiving Day", "last Christmas"), as calendar days. */
const HOLIDAYS: Record<string, (y: number) => CalDate> = {
  'new year': (y) => ({ y, m: 1, d: 1 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'christmas': (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'halloween': (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  // The Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};

const HOLIDAY_NAMES = new TimePattern(`\\b(?:(last|next|this)${S})?(New${S}Year's${S}(?:Day|Eve)|New${S}Year|Christmas(?:${S}(?:Day|Eve))?|Independence${S}Day|Halloween|Valentine's${S}Day|Thanksgiving(?:${S}Day)?|Memorial${S}Day|Labor${S}Day|Election${S}Day)\\b`, 'g', ['new', 'christmas', 'independence', 'halloween', 'valentine', 'thanksgiving', 'memorial', 'labor', 'election'], ['la', 'ne', 'th', 'ch', 'in', 'ha', 'va', 'me', 'el']);

export function holidays(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, HOLIDAY_NAMES)) {
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const day = HOLIDAYS[name];
    if (!day) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    let value = 'XXXX-XX-XX';
    if (ref) {
      const rel = m[1]?.toLowerCase();
      const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? null : ctx.tense(start, end);
      // The occurrence nearest the reference on the side the clause looks to.
      const options = [ref.y - 1, ref.y, ref.y + 1].map(day).map((d) => ({ d, delta: daysBetween(ref, d) }))
        .filter((o) => (tense === 'past' ? o.delta <= 0 : tense === 'future' ? o.delta >= 0 : true))
        .sort((a, b) => Math.abs(a.delta) - Math.abs(b.delta));
      if (options[0]) value = formatDate(options[0].d);
    }
    out.push({ start, end, type: 'DATE', value });
  }
}
