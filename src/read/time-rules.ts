// Pattern rules for time expressions chrono-node does not cover or normalises differently from TimeML:
// years, decades, relative periods ("last week" → 2022-W06), seasons, durations, sets, PRESENT_REF/PAST_REF,
// weekdays and clock times. Each rule yields candidates; times.ts picks the longest non-overlapping ones.

import type { TimeType } from '../types.js';
import type { Anchor } from './time-anchor.js';
import { pastVerbBefore } from './time-tense.js';
import { definiteWeekend, definiteYears, holidays, yearEnd } from './time-periods.js';
import {
  addDays, addMonths, formatDate, formatMonth, formatWeek, relativeSeason, resolveWeekday, isoWeekday,
  type CalDate, type Season,
} from './time-calendar.js';
import {
  COUNT_NOUNS, LABEL_NOUNS, MONTH_OPENINGS, MONTH_SRC, NUMBER_OPENINGS, NUMBER_SRC, UNIT_SRC, VAGUE_OPENINGS, VAGUE_SRC, WEEKDAY_SRC, durationValue, monthNumber,
  numberValue, unitOf, weekdayNumber, YEAR_WORDS_SRC, yearWordsValue,
} from './time-lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string;
  /** Clock time "HH:MM" (or a part of the day, "AF") for a time of day whose date may come from a neighbouring date. */
  clock?: string;
  /** Resolved against the last date mentioned before it (see time-anchor.ts); `value` is the fallback. */
  anchor?: Anchor;
}

export interface RuleContext {
  text: string;
  ref: CalDate | null;
  /** Whether the words around `start` speak of the future. */
  future: (start: number) => boolean;
  /** Tense of the clause around [start, end) (see time-tense.ts); `strict` ignores weak future cues (modals). */
  tense: (start: number, end: number, strict?: boolean) => 'past' | 'future' | null;
}

import { matches, TimePattern } from './time-scan.js';
const S = '[ \\t\\u00a0]+';
const pad = (n: number): string => String(n).padStart(2, '0');
/** Openings (see `matches`) of a pattern that opens with a digit. */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The word before `pos`, lower-cased, with trailing punctuation other than a dot removed. */
function wordBefore(text: string, pos: number): string {
  const m = /([^\s]+)\s*$/.exec(text.slice(Math.max(0, pos - 30), pos));
  return m?.[1]?.toLowerCase().replace(/[,;:()"'“”]+$/, '') ?? '';
}

function wordAfter(text: string, pos: number): string {
  return /^\s*(\S*)/.exec(text.slice(pos, pos + 40))?.[1] ?? '';
}

const SEASON_OF_SRC = `(?:(?:the${S})?(spring|summer|fall|autumn|winter)${S}(?:of${S})?)`;
const YEARS = new TimePattern(`(?<![\\w$€£#/.,-])(?:(?:early|mid|late)[- ]|${SEASON_OF_SRC})?(1[5-9]\\d\\d|20\\d\\d)(?![\\w%]|[.,/-]\\d)`, 'gi', null, ['ea', 'mi', 'la', 'th', 'sp', 'su', 'fa', 'au', 'wi', '1', '20']);

function years(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matches(text, YEARS)) {
    const yearStart = m.index + m[0].length - 4;
    const before = wordBefore(text, m.index);
    if (LABEL_NOUNS.has(before) || before.endsWith('№')) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (/^\s*(percent|per cent)\b/i.test(after) || COUNT_NOUNS.test(after.replace(/^\s+/, ''))) continue;
    const season = m[1] ? seasonCode(m[1]) : null;
    const value = season ? `${text.slice(yearStart, yearStart + 4)}-${season}` : text.slice(yearStart, yearStart + 4);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

function seasonCode(word: string): Season {
  const w = word.toLowerCase();
  return w === 'spring' ? 'SP' : w === 'summer' ? 'SU' : w === 'winter' ? 'WI' : 'FA';
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

const DECADES_1 = new TimePattern(`\\b(?:the${S})?(?:(?:early|mid|late)[- ])?((?:1[0-9]|20)\\d)0'?s\\b`, 'gi', ['0s', "0's"], ['th', 'ea', 'mi', 'la', '1', '20']);
const DECADES_2 = new TimePattern(`\\b(?:the${S})(?:(?:early|mid|late)[- ])?(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|['’]([1-9])0s)\\b`, 'gi', ['ties', '0s'], ['th']);
const DECADES_3 = new TimePattern(`\\b(?:the${S})?(?:(?:early|mid|late)[- ])?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b`, 'gi', ['century'], ['th', 'ea', 'mi', 'la', ...DIGITS]);

function decades(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, DECADES_1)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: m[1] ?? '' });
  }
  // "the nineties", "the '80s": the decade in the century nearest the reference (the 1900s without one).
  const cent = ctx.ref ? Math.floor(ctx.ref.y / 100) : 19;
  const lastDigits = ctx.ref ? ctx.ref.y % 100 : 99;
  for (const m of matches(ctx.text, DECADES_2)) {
    const d = m[2] ? Number(m[2]) : DECADE_WORDS.indexOf((m[1] ?? '').toLowerCase()) + 2;
    const c = d * 10 > lastDigits + 5 ? cent - 1 : cent;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${c}${d}` });
  }
  for (const m of matches(ctx.text, DECADES_3)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 21) out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: pad(n - 1) });
  }
}

/** After "today's": nouns of an age rather than a day ("today's youth", "today's personal computers"). */
const GENERIC_AGE = /^['’]s\s+(?:[a-z]+\s+)?(?:world|society|youth|generation|children|young|people|computers|technology|economy|standards|terms)\b/i;

const DEICTIC = new TimePattern(`\\b(the${S}day${S}before${S}yesterday|the${S}day${S}after${S}tomorrow|today|yesterday|tomorrow|tonight|last${S}night|this${S}(?:morning|afternoon|evening))\\b`, 'gi', ['today', 'yesterday', 'tomorrow', 'tonight', 'night', 'morning', 'afternoon', 'evening'], ['th', 'to', 'ye', 'la']);

function deictic(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, DEICTIC)) {
    const w = m[0].toLowerCase().replace(/\s+/g, ' ');
    // "today's world", "the people of tomorrow": the present (future) age in general, not a day.
    if ((w === 'today' || w === 'tomorrow') && GENERIC_AGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (w === 'tomorrow' && /\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const offset = w.startsWith('the day before') ? -2 : w.startsWith('the day after') ? 2
      : w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
    const part = w === 'tonight' || w === 'last night' ? 'NI' : w.endsWith('morning') ? 'MO' : w.endsWith('afternoon') ? 'AF' : w.endsWith('evening') ? 'EV' : '';
    const date = ref ? formatDate(addDays(ref, offset)) : offset === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX';
    const value = part && date !== 'PRESENT_REF' ? `${date}T${part}` : date;
    out.push({ start: m.index, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE', value });
  }
}

const NTH_DAY_TODAY = new TimePattern(`\\bthe${S}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))${S}(?:straight${S}|consecutive${S})?day\\b`, 'gi', ['st day', 'nd day', 'rd day', 'th day', 'ht day', 've day'], ['th']);

/** "today is the eighth day of the operation", "it's the second day of an offensive": the day of writing.
 *  ("It was the third consecutive month" is a count, not a date.) */
function nthDayToday(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  // Every match ends in an ordinal (or "straight", "consecutive") and "day".
  for (const m of matches(text, NTH_DAY_TODAY)) {
    if (!/\b(?:today\s+is|it\s+is|it['’]s|this\s+is)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: ref ? formatDate(ref) : 'PRESENT_REF' });
  }
}

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const DAY_WORD_SRC = `(yesterday|today|tomorrow)`;
const PART_OF_DAY_SRC = `(morning|afternoon|evening|night)`;

const PARTS_OF_DAY = new TimePattern(`\\b(?:(?:early|late|mid)[- ]${PART_OF_DAY_SRC}(?:${S}${DAY_WORD_SRC})?|${DAY_WORD_SRC}${S}${PART_OF_DAY_SRC})\\b`, 'gi', ['morning', 'afternoon', 'evening', 'night'], ['ea', 'la', 'mi', 'ye', 'to']);

/** "mid-afternoon", "late morning yesterday", "yesterday afternoon", "tomorrow evening": a part of a day. */
function partsOfDay(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, PARTS_OF_DAY)) {
    const p = PARTS[(m[1] ?? m[4] ?? '').toLowerCase()];
    const w = (m[2] ?? m[3] ?? 'today').toLowerCase();
    const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const date = ref ? formatDate(addDays(ref, offset)) : 'XXXX-XX-XX';
    // Without its own day word it takes a neighbouring date, like a clock time ("mid-afternoon Friday").
    const clock = !m[2] && !m[3] && p ? { clock: p } : {};
    out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${date}T${p ?? 'XX'}`, ...clock });
  }
}

/** A clock time right before a weekday: "9 a.m. Tuesday", "10:30 p.m. EST Friday". */
const CLOCK_BEFORE = /\b\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?m\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*,?[ \t]*$/i;

const WEEKDAYS = new TimePattern(`\\b(?:(last|next|this|every|each|on|the${S}(?:previous|preceding|following))${S})?(${WEEKDAY_SRC})(s)?(?:${S}(morning|afternoon|evening|night)(s)?)?\\b`, 'g', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], ['la', 'ne', 'th', 'ev', 'ea', 'on', 'mo', 'tu', 'we', 'fr', 'sa', 'su']);

function weekdays(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, WEEKDAYS)) {
    const prefix = m[1]?.toLowerCase();
    const wd = weekdayNumber(m[2] ?? '') ?? 1;
    const part = m[4] ? PARTS[m[4].toLowerCase()] : undefined;
    const start = prefix === 'on' ? m.index + m[0].indexOf(m[2] ?? '') : m.index;
    const end = m.index + m[0].length;
    // "Tuesday nights", "Sundays": every such day (or part of it).
    if (prefix === 'every' || prefix === 'each' || ((m[3] || m[5]) && prefix !== 'last' && prefix !== 'next')) {
      out.push({ start, end, type: 'SET', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}` });
      continue;
    }
    let value = `XXXX-WXX-${wd}`;
    // "the previous Friday": the one before the day under discussion (see time-anchor.ts).
    const relative = prefix?.startsWith('the') ? { kind: 'weekday' as const, weekday: wd, direction: /following$/.test(prefix) ? 1 as const : -1 as const } : null;
    if (relative && !part) {
      out.push({ start, end, type: 'DATE', value, anchor: relative });
      continue;
    }
    if (ref) {
      let date: CalDate;
      if (prefix === 'last') date = isoWeekday(ref) === wd ? addDays(ref, -7) : resolveWeekday(ref, wd, false);
      else if (prefix === 'next') date = isoWeekday(ref) === wd ? addDays(ref, 7) : resolveWeekday(ref, wd, true);
      else {
        // "until 9 a.m. Tuesday": the clock time before the day is part of the same phrase (and a sentence
        // splitter may have ended a sentence at its "a.m."), so the tense is read from where the clock starts.
        const clock = CLOCK_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
        const from = clock ? start - clock[0].length : start;
        date = resolveWeekday(ref, wd, ctx.tense(from, end, true) === 'future');
      }
      value = formatDate(date);
    }
    out.push({ start, end, type: part ? 'TIME' : 'DATE', value: part ? `${value}T${part}` : value });
  }
}

const RELATIVE_PERIODS = new TimePattern(`\\b(?:(earlier|later|early|late)${S})?(the${S})?(last|past|previous|this|current|next|coming)${S}(?:fiscal${S})?(week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)\\b(?!${S}of\\b)`, 'gi', null, ['ea', 'la', 'th', 'pa', 'pr', 'cu', 'ne', 'co']);

/** "last week", "earlier this month", "next year", "last fall", "this quarter", "the past year". */
function relativePeriods(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, RELATIVE_PERIODS)) {
    const rel = (m[3] ?? '').toLowerCase();
    const unit = (m[4] ?? '').toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    const offset: -1 | 0 | 1 = rel === 'this' || rel === 'current' ? 0 : rel === 'next' || rel === 'coming' ? 1 : -1;
    // "the next month": a stretch of time counted from now. "the past year", "the last decade" are dated
    // in TimeML like "last year": the calendar year (decade) before. "The past century" stays the one we are
    // in: said in the 1980s it means the 1900s. "the previous year" is in time-periods.ts.
    if (m[2] && offset !== 0 && !m[1] && ['week', 'month', 'year', 'decade', 'century', 'quarter'].includes(unit)) {
      if (rel === 'previous') continue;
      const u = unitOf(unit);
      if (offset > 0 && u) out.push({ start, end, type: 'DURATION', value: durationValue(1, u) });
      else if (offset < 0) out.push({ start, end, type: 'DATE', value: relativeValue(ref, unit, unit === 'century' ? 0 : -1) });
      continue;
    }
    if (m[2] && rel === 'this') continue; // "the current year" is a date; "the this" is not English
    out.push({ start, end, type: 'DATE', value: relativeValue(ref, unit, offset) });
  }
}

function relativeValue(ref: CalDate | null, unit: string, offset: -1 | 0 | 1): string {
  if (!ref) return offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  switch (unit) {
    case 'week': return formatWeek(addDays(ref, 7 * offset));
    case 'weekend': return `${formatWeek(addDays(ref, 7 * offset))}-WE`;
    case 'month': { const r = addMonths(ref.y, ref.m, offset); return formatMonth(r.y, r.m); }
    case 'year': return String(ref.y + offset);
    case 'quarter': {
      const r = addMonths(ref.y, ref.m, 3 * offset);
      return `${r.y}-Q${Math.floor((r.m - 1) / 3) + 1}`;
    }
    case 'decade': return String(Math.floor(ref.y / 10) + offset);
    case 'century': return String(Math.floor(ref.y / 100) + offset);
    default: return relativeSeason(ref, seasonCode(unit), offset);
  }
}

const RELATIVE_MONTH = new TimePattern(`\\b(last|next)${S}(${MONTH_SRC})\\b(?!${S}\\d)`, 'g', ['last', 'next'], ['la', 'ne']);

/** "last December", "next May": the nearest such month before (after) the reference month. */
function relativeMonth(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, RELATIVE_MONTH)) {
    const month = monthNumber(m[2] ?? '') ?? 1;
    const rel = (m[1] ?? '').toLowerCase();
    let value = `XXXX-${pad(month)}`;
    if (ctx.ref) {
      let y = ctx.ref.y;
      if (rel === 'last' && month >= ctx.ref.m) y--;
      if (rel === 'next' && month <= ctx.ref.m) y++;
      value = formatMonth(y, month);
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

const QUARTERS = new TimePattern(`\\b(?:(this|last|next)${S}year's${S}|the${S})?(?:(?:fiscal|calendar)[- ])?(?:(\\d{4})${S})?(?:(?:fiscal|calendar)[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?:${S}(?:of${S})?(\\d{4})\\b)?`, 'gi', ['quarter'], ['th', 'la', 'ne', 'fi', 'ca', 'se', 'fo', ...DIGITS]);

/** "the third quarter", "fourth-quarter", "the 1988 second quarter", "the first quarter of 2021". */
function quarters(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, QUARTERS)) {
    const word = (m[3] ?? '').toLowerCase();
    const n = /^\d/.test(word) ? Number(word[0]) : ['first', 'second', 'third', 'fourth'].indexOf(word) + 1;
    const rel = m[1]?.toLowerCase();
    let year: number | null = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : null;
    if (year === null && rel && ctx.ref) year = ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    // Without a year, the most recent such quarter (results are reported after the quarter ends).
    if (year === null && ctx.ref) year = n <= Math.floor((ctx.ref.m - 1) / 3) + 1 ? ctx.ref.y : ctx.ref.y - 1;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year === null ? 'XXXX' : year}-Q${n}` });
  }
}

const MONTH_OF_RELATIVE_YEAR = new TimePattern(`\\b(${MONTH_SRC})${S}(this|last|next)${S}year\\b`, 'g', ['year'], MONTH_OPENINGS);

/** "January this year", "June last year". */
function monthOfRelativeYear(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, MONTH_OF_RELATIVE_YEAR)) {
    const month = monthNumber(m[1] ?? '') ?? 1;
    const rel = (m[2] ?? '').toLowerCase();
    const value = ctx.ref
      ? formatMonth(ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month)
      : `XXXX-${pad(month)}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

const MODIFIER = `(?:less${S}than|more${S}than|fewer${S}than|just${S}over|just${S}under|well${S}over|over|under|nearly|almost|about|around|approximately|roughly|some|up${S}to|at${S}least|at${S}most)`;
const MODIFIER_OPENINGS = ['le', 'mo', 'fe', 'ju', 'we', 'ov', 'un', 'ne', 'al', 'ab', 'ar', 'ap', 'ro', 'so', 'up', 'at'];
/** First characters of a number or vague quantity, with or without a modifier before it. */
const QUANTITY_OPENINGS = [...MODIFIER_OPENINGS, ...NUMBER_OPENINGS, ...VAGUE_OPENINGS];

const AGO = new TimePattern(`\\b(?:${MODIFIER}${S})?(${NUMBER_SRC}|${VAGUE_SRC})${S}(${UNIT_SRC})s?${S}ago\\b`, 'gi', ['ago'], QUANTITY_OPENINGS);

/** "three years ago" → 2019; "several years ago" → PAST_REF. */
function ago(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  for (const m of matches(text, AGO)) {
    const n = numberValue(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    let value = 'PAST_REF';
    if (ref && n !== null && unit && Number.isInteger(n)) {
      if (unit === 'year') value = String(ref.y - n);
      else if (unit === 'decade') value = String(ref.y - 10 * n);
      else if (unit === 'month') { const r = addMonths(ref.y, ref.m, -n); value = formatMonth(r.y, r.m); }
      else if (unit === 'week') value = formatWeek(addDays(ref, -7 * n));
      else if (unit === 'day') value = formatDate(addDays(ref, -n));
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

const DURATIONS_1 = new TimePattern(`\\b(?:${MODIFIER}${S}(?!the\\b))?(?:the${S}(?:past|last|next|first|coming|previous|final)${S})?(${NUMBER_SRC}|${VAGUE_SRC})(${S}1/2|${S}and${S}a${S}half)?([- ]|${S})(?:(?:more|additional|extra|full|straight|consecutive|trading|business|working)${S})?(${UNIT_SRC})s?(${S}and${S}a${S}half)?(?:${S}(?:earlier|later))?\\b`, 'gi', null, ['th', ...QUANTITY_OPENINGS]);
const DURATIONS_2 = new TimePattern(`(?=the)(?:\\bthe${S}(?:(?:coming|next|few)${S})?(days|weeks|months|years)${S}ahead\\b|(?<=\\b(?:over|through|across)${S})the${S}(years|decades|centuries)\\b(?!${S}(?:of|to|since|before|after|that|when)\\b))`, 'gi', ['ahead', 'years', 'decades', 'centuries'], ['th']);
const DURATIONS_3 = new TimePattern(`\\bthe${S}(?:first|early|opening|initial|final|closing)${S}(hours|days|weeks|months|years)\\b(?<!early${S}hours)`, 'gi', ['hours', 'days', 'weeks', 'months', 'years'], ['th']);
const DURATIONS_4 = new TimePattern(`(?=a[ \\t\\u00a0])(?<=\\b(?:for|in|after)${S})a${S}(?:(?:little|short|long)${S})?while\\b`, 'gi', ['while'], ['a']);
const DURATIONS_5 = new TimePattern(`(?<=\\b(?:for|within|in|over|after)${S})(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b`, 'gi', ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'], ['se', 'mi', 'ho', 'da', 'we', 'mo', 'ye', 'de', 'ce']);

/** "three years", "less than three years", "the past two weeks", "a two-hour", "for years". */
function durations(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  // "20 more years", "eight trading days", "2 1/2 years": a word or a half between the number and the unit.
  for (const m of matches(text, DURATIONS_1)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 6);
    if (/^-old\b|^[- ]old\b/i.test(after) || /^\s+old\b/i.test(text.slice(end, end + 5))) continue; // ages
    const before = wordBefore(text, m.index);
    if (/^(once|twice|thrice|times|per|every|each)$/.test(before)) continue; // a set, handled below
    const numberText = m[1] ?? '';
    const unitText = m[4] ?? '';
    if (/^recent$/i.test(numberText)) continue; // "recent years" is a vague duration (see references)
    // "one day" after a modal or a hope ("Islam will one day be", "hope one day to") is an unspecified future;
    // opening a sentence, after a subject ("he one day said") or a past verb ("changed one day in June") it
    // starts a story; elsewhere ("had been in the job one day", "followed by one day") it is a length. "a day"
    // alone is too often a rate or a vague date to count.
    if (/^one\s+day$/i.test(m[0]) && before !== 'for' && before !== 'within' && before !== 'in' && before !== 'over') {
      if (/^(?:will|would|shall|may|might|could|should|must|can|to|hope|hopes|hoped)$/.test(before)) out.push({ start: m.index, end, type: 'DATE', value: 'FUTURE_REF' });
      else if (before && !/[.!?:"“”']$/.test(before) && !/^(?:i|you|he|she|it|we|they|that|and|but|then|until)$/.test(before) && !pastVerbBefore(text, m.index)) {
        out.push({ start: m.index, end, type: 'DURATION', value: 'P1D' });
      }
      continue;
    }
    // Hyphenated ("a one-day trip") it is always a length.
    if (/^(one|an?)$/i.test(numberText) && /^(day|second)$/i.test(unitText) && m[3] !== '-' && !/^(for|within|in|over)$/.test(before)) continue;
    // "$2 million a year", "four flights a week": a rate, a SET in TimeML ("each year"), not a duration.
    if (/^an?$/i.test(numberText) && (/\d/.test(before) || /^(?:[a-z]+s|million|billion)$/.test(before)) && !/^(?:was|has|is|days|years|weeks)$/.test(before)) {
      const u = unitOf(m[4] ?? '');
      if (u && !m[2] && m[3] !== '-') out.push({ start: m.index, end, type: 'SET', value: durationValue(1, u) });
      continue;
    }
    let n = numberValue(numberText);
    if (n !== null && (m[2] || m[5])) n += 0.5; // "2 1/2 years", "a minute and a half"
    // "the 1988 second quarter", "three-quarters": a year or a fraction, not a duration; "the past two
    // quarters" (plural, a count of two or more) is one.
    if (n !== null && n >= 1000 && !/s$/i.test(m[0])) continue;
    if (/^quarter/i.test(unitText) && !(m[3] !== '-' && n !== null && n >= 2 && /s$/i.test(m[0]))) continue;
    const unit = unitOf(unitText);
    if (!unit) continue;
    out.push({ start: m.index, end, type: 'DURATION', value: durationValue(n, unit) });
  }
  // Vague stretches: "the weeks ahead", "over the years", "for a while".
  // Patterns that open with a lookbehind open with a lookahead for their first letters too: the lookbehind is
  // tried at every position of the text, the lookahead rules most positions out at once.
  for (const m of matches(text, DURATIONS_2)) {
    const unit = unitOf(m[1] ?? m[2] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit) });
  }
  // The opening or closing stretch of something: "in the first hours of the war", "the early years", "the
  // final weeks of the campaign". A stretch of unstated length; "the last days" is left out (a date as often),
  // and "the early hours of Friday" is a time of day.
  for (const m of matches(text, DURATIONS_3)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit) });
  }
  for (const m of matches(text, DURATIONS_4)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: 'PXX' });
  }
  // Bare plurals after a preposition: "for years", "within weeks".
  for (const m of matches(text, DURATIONS_5)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit) });
  }
}

const SETS_1 = new TimePattern(`\\b(?:every|each|per)${S}(?:(other|${NUMBER_SRC})${S})?(${UNIT_SRC})s?\\b`, 'gi', ['every', 'each', 'per'], ['ev', 'ea', 'pe']);
const SETS_2 = new TimePattern(`\\b(?:every|each)${S}(${MONTH_SRC})\\b`, 'g', ['every', 'each'], ['ev', 'ea']);
const SETS_3 = new TimePattern(`\\b(?:once|twice|thrice|${NUMBER_SRC}${S}times)${S}(?:a|an|per|every)${S}(${UNIT_SRC})\\b`, 'gi', ['once', 'twice', 'thrice', 'times'], ['on', 'tw', 'th', ...NUMBER_OPENINGS]);
const SETS_4 = new TimePattern(`\\b(annually|yearly|hourly|daily|weekly|monthly)\\b(?=\\s*[.,;:)]|${S}(?:and|or|by|in|on|at|from|since|until|for)\\b)`, 'gi', ['annually', 'yearly', 'hourly', 'daily', 'weekly', 'monthly'], ['an', 'ye', 'ho', 'da', 'we', 'mo']);
const SETS_5 = new TimePattern(`\\b(daily|weekly|nightly|hourly)(?=${S}[a-z])`, 'g', ['daily', 'weekly', 'nightly', 'hourly'], ['da', 'we', 'ni', 'ho']);

/** "every week", "each year", "twice a month", "every two days", "annually". */
function sets(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matches(text, SETS_1)) {
    const q = m[1]?.toLowerCase();
    const n = q === 'other' ? 2 : q ? numberValue(q) : 1;
    const unit = unitOf(m[2] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(n, unit) });
  }
  // "each July", "every December": that month in every year.
  for (const m of matches(text, SETS_2)) {
    const month = monthNumber(m[1] ?? '');
    if (month) out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-${pad(month)}` });
  }
  for (const m of matches(text, SETS_3)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unit) });
  }
  // Adverbs only: "paid annually", "trades daily." — not "a daily newspaper".
  for (const m of matches(text, SETS_4)) {
    const w = (m[1] ?? '').toLowerCase();
    const value = w === 'hourly' ? 'PT1H' : w === 'daily' ? 'P1D' : w === 'weekly' ? 'P1W' : w === 'monthly' ? 'P1M' : 'P1Y';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value });
  }
  // Adjectives of recurrence: "a daily rally", "his weekly radio address", "on a daily basis". Capitalised
  // ("Breitbart News Daily") or before a name ("the party daily Granma") the word names a title or a paper.
  for (const m of matches(text, SETS_5)) {
    const w = (m[1] ?? '').toLowerCase();
    const value = w === 'hourly' ? 'PT1H' : w === 'daily' ? 'P1D' : w === 'weekly' ? 'P1W' : 'P1D';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: w === 'nightly' ? 'XXXX-XX-XXTNI' : value });
  }
}

const REFERENCES_1 = new TimePattern(`\\b(now|currently|current|presently|nowadays|at${S}present|these${S}days|at${S}the${S}moment)\\b`, 'gi', ['now', 'current', 'present', 'these', 'moment'], ['no', 'cu', 'pr', 'at', 'th']);
const REFERENCES_2 = new TimePattern(`\\b(recently|lately|(?<=\\bin${S})the${S}past)\\b`, 'gi', ['recently', 'lately', 'past'], ['re', 'la', 'th']);
const REFERENCES_3 = new TimePattern(`\\b(?:recent|(?:the${S})?coming)${S}(years|months|weeks|days|quarters)\\b`, 'gi', ['recent', 'coming'], ['re', 'th', 'co']);
const REFERENCES_4 = new TimePattern(`\\bthe${S}(?:near${S}|distant${S}|foreseeable${S})?future\\b(?!${S}of\\b)`, 'gi', ['future'], ['th']);
const REFERENCES_5 = new TimePattern(`\\bthe${S}(?:near|short)${S}term\\b(?![- ])`, 'gi', ['term'], ['th']);
const REFERENCES_6 = new TimePattern(`(?=soon)(?:(?<=\\b(?:will|shall|may|might|could|would|should|must|to)${S})soon\\b|\\bsoon(?=${S}(?:will|be)\\b))`, 'gi', ['soon'], ['so']);

/** PRESENT_REF, PAST_REF, FUTURE_REF words. */
function references(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matches(text, REFERENCES_1)) {
    const after = wordAfter(text, m.index + m[0].length).toLowerCase();
    // "Now, ..." opening a sentence is a discourse marker, not a time.
    if (m[0] === 'Now' && text[m.index + 3] === ',' ) continue;
    if (m[0].toLowerCase() === 'current' && /^(account|events|affairs|of)/.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PRESENT_REF' });
  }
  // Bare "earlier" is left out: TimeML annotates it almost never (0 of 82 in TimeBank + AQUAINT).
  for (const m of matches(text, REFERENCES_2)) {
    const after = wordAfter(text, m.index + m[0].length).toLowerCase();
    if (/^(than|this|today|last|ones?)\b/.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF' });
  }
  // "recent years", "(the) coming weeks": TimeML reads these as a vague stretch of time up to (from) now.
  for (const m of matches(text, REFERENCES_3)) {
    const unit = unitOf(m[1] ?? '');
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit) });
  }
  // "the future" as a time, wherever it stands ("worried about the future"); "the future of X" is the fate
  // of something, not a time.
  for (const m of matches(text, REFERENCES_4)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF' });
  }
  // "the near term", "in the short term": an unspecified time ahead.
  for (const m of matches(text, REFERENCES_5)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF' });
  }
  // "will soon", "may soon seek", "to soon grow", "soon will": "soon" next to a future verb. Alone it is as
  // often past narrative ("soon after", "soon spread").
  for (const m of matches(text, REFERENCES_6)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF' });
  }
}

const ZONE = `(?:${S}(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|CET|CEST|MSK|BST|local${S}time|Moscow${S}time|(?:a\\.m\\.|p\\.m\\.)))?`;

// A digit first (see durations): the lookbehind alone is tried at every position.
const CLOCK_CUE = `(?=\\d)(?<=\\b(?:at|by|from|until|till|to|around|about|before|after|since|between|and)${S})`;

const CLOCK_TIMES_1 = new TimePattern(`\\b(\\d{1,2})(?:[:.](\\d{2}))?${S}?([ap])\\.?m\\b\\.?${ZONE}`, 'gi', null, DIGITS);
const CLOCK_TIMES_2 = new TimePattern(`${CLOCK_CUE}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])${ZONE}`, 'gi', [':'], DIGITS);
const CLOCK_TIMES_3 = new TimePattern(`\\b([01]?\\d|2[0-3]):([0-5]\\d)${S}(?:GMT|UTC|EST|EDT|CET|MSK|ET|local${S}time|Moscow${S}time)\\b`, 'gi', [':'], DIGITS);
const CLOCK_TIMES_4 = new TimePattern('\\b(noon|midday|midnight)\\b', 'gi', ['noon', 'midday', 'midnight'], ['no', 'mi']);

/** Clock times: "10 p.m.", "at 10:00", "noon", "14:30 GMT". Dated by a neighbouring date or the reference. */
function clockTimes(ctx: RuleContext, out: Candidate[]): void {
  const { text, ref } = ctx;
  const day = ref ? formatDate(ref) : 'XXXX-XX-XX';
  const push = (start: number, end: number, h: number, min: number): void => {
    if (h > 24 || min > 59) return;
    const clock = `${pad(h)}:${pad(min)}`;
    out.push({ start, end, type: 'TIME', value: `${day}T${clock}`, clock });
  };
  for (const m of matches(text, CLOCK_TIMES_1)) {
    let h = Number(m[1]);
    if (h > 12 || h === 0) continue;
    if (m[3]?.toLowerCase() === 'p' && h < 12) h += 12;
    if (m[3]?.toLowerCase() === 'a' && h === 12) h = 0;
    push(m.index, m.index + m[0].length, h, Number(m[2] ?? 0));
  }
  for (const m of matches(text, CLOCK_TIMES_2)) {
    push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]));
  }
  for (const m of matches(text, CLOCK_TIMES_3)) {
    push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]));
  }
  for (const m of matches(text, CLOCK_TIMES_4)) {
    const w = (m[1] ?? '').toLowerCase();
    push(m.index, m.index + m[0].length, w === 'midnight' ? 24 : 12, 0);
  }
}

const ORDINAL_Q = '(?:first|second|third|fourth|fiscal[- ]first|fiscal[- ]second|fiscal[- ]third|fiscal[- ]fourth)';

const ANCHORED_1 = new TimePattern(`\\b(?:the${S}(?:comparable${S}|same${S})?)?year[- ](?:earlier|ago)(?:${S}(?:${ORDINAL_Q}[- ])?(?:quarter|period))?\\b`, 'gi', ['earlier', 'ago'], ['th', 'ye']);
const ANCHORED_2 = new TimePattern(`\\b(?:the${S}(?:quarter|period)${S})?(${NUMBER_SRC})[- ]years?${S}(earlier|before|ago)\\b(?![- ](?:quarter|period))`, 'gi', ['earlier', 'before', 'ago'], ['th', ...NUMBER_OPENINGS]);
const ANCHORED_3 = new TimePattern(`\\b(${NUMBER_SRC})[- ](day|week)s?${S}(earlier|later|before)\\b`, 'gi', ['earlier', 'later', 'before'], NUMBER_OPENINGS);
const ANCHORED_4 = new TimePattern(`\\b(?:the${S}(?:corresponding|same|comparable)${S}(?:quarter|period)${S}(?:of${S})?last${S}year|last${S}year's${S}(?:quarter|period))\\b`, 'gi', ['last'], ['th', 'la']);
const ANCHORED_5 = new TimePattern(`\\b(?:the${S}(?:latest|most${S}recent|recent|fiscal|same)${S}(?:quarter|period)|(?:the|that)${S}quarter)\\b(?!${S}(?:of${S}(?:a|the|an)\\b|century|mile|point|percent|cent|inch))`, 'gi', ['quarter', 'period'], ['th']);
const ANCHORED_6 = new TimePattern(`\\bthe${S}(1[89]\\d\\d|20\\d\\d)${S}(?:quarter|period)\\b`, 'gi', ['quarter', 'period'], ['th']);

/** Expressions that refer back to a date the text gave: "a year earlier", "the year-ago quarter", "the quarter". */
function anchored(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const push = (m: RegExpExecArray, anchor: Anchor): void => {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', anchor });
  };
  // "year-earlier", "the year-ago quarter", "the comparable year-earlier period".
  for (const m of matches(text, ANCHORED_1)) {
    push(m, { kind: 'shift', years: -1 });
  }
  // "a year earlier", "two years before", "a year ago", "the quarter a year ago".
  for (const m of matches(text, ANCHORED_2)) {
    const n = numberValue(m[1] ?? '');
    if (n === null || !Number.isInteger(n) || n > 100) continue;
    if ((m[2] ?? '').toLowerCase() === 'ago' && n > 1) continue; // "five years ago": from the publication date
    push(m, { kind: 'shift', years: -n });
  }
  // "N days earlier", "a week later": a day before or after the last date.
  for (const m of matches(text, ANCHORED_3)) {
    const n = numberValue(m[1] ?? '');
    if (n === null || !Number.isInteger(n) || n > 60) continue;
    const days = n * ((m[2] ?? '').toLowerCase() === 'week' ? 7 : 1) * ((m[3] ?? '').toLowerCase() === 'later' ? 1 : -1);
    push(m, { kind: 'shift', years: 0, days });
  }
  // "the corresponding period last year", "last year's quarter", "the same quarter a year ago".
  for (const m of matches(text, ANCHORED_4)) {
    push(m, { kind: 'shift', years: -1 });
  }
  // "the quarter", "the latest quarter", "the latest period", "that quarter": the quarter under discussion.
  for (const m of matches(text, ANCHORED_5)) {
    push(m, { kind: 'quarter' });
  }
  // "the 1988 quarter", "the 1989 period": that year's quarter under discussion.
  for (const m of matches(text, ANCHORED_6)) {
    push(m, { kind: 'quarter-in', year: Number(m[1]) });
  }
}

const SPELLED_YEARS = new TimePattern(`\\b(?:(?:the${S})?(spring|summer|fall|autumn|winter)${S}(?:of${S})?|(${MONTH_SRC})${S}|the${S}year${S})?(${YEAR_WORDS_SRC})\\b`, 'gi', ['nineteen', 'eighteen', 'thousand', 'twenty'], ['th', 'sp', 'su', 'fa', 'au', 'wi', 'ni', 'ei', 'tw', ...MONTH_OPENINGS]);

/** Years in words ("nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven",
 *  "the winter of nineteen ninety-four"). */
function spelledYears(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, SPELLED_YEARS)) {
    const y = yearWordsValue(m[3] ?? '');
    if (y === null || y < 1000) continue;
    const month = m[2] ? monthNumber(m[2]) : null;
    const value = m[1] ? `${y}-${seasonCode(m[1])}` : month ? formatMonth(y, month) : String(y);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

const BARE_SEASONS = new TimePattern(`\\b(?:(the${S})(?:(?:early|late)${S})?(summer|winter|spring|fall|autumn)|(summer|winter))\\b(?!${S}(?:of|in|and|break)\\b|[- ]\\w)`, 'gi', ['summer', 'winter', 'spring', 'fall', 'autumn'], ['th', 'su', 'wi']);

/** "the summer", "the early winter", "summer": the season nearest the reference. */
function bareSeasons(ctx: RuleContext, out: Candidate[]): void {
  // "fall" and "spring" are also verbs and nouns ("the fall of Kabul"), so they need "the" and no "of".
  for (const m of matches(ctx.text, BARE_SEASONS)) {
    const season = seasonCode(m[2] ?? m[3] ?? '');
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: ctx.ref ? relativeSeason(ctx.ref, season, 0) : `XXXX-${season}` });
  }
}

const HALVES = new TimePattern(`\\b(?:the${S})?(first|second|last|latter|final|1st|2nd)${S}(?:half|two${S}quarters)${S}of${S}(?:(\\d{4})|(?:the|this)${S}year)\\b`, 'gi', ['half', 'quarters'], ['th', 'fi', 'se', 'la', '1', '2']);

/** "the first half of 1989", "the last half of the year", "the first two quarters of 1990". */
function halves(ctx: RuleContext, out: Candidate[]): void {
  for (const m of matches(ctx.text, HALVES)) {
    const y = m[2] ? Number(m[2]) : ctx.ref?.y;
    if (y === undefined) continue;
    const h = /^(first|1st)$/i.test(m[1] ?? '') ? 1 : 2;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y}-H${h}` });
  }
}

export const RULES: ((ctx: RuleContext, out: Candidate[]) => void)[] = [
  anchored, definiteYears, definiteWeekend, yearEnd, holidays, nthDayToday, spelledYears, bareSeasons, halves, years, decades, deictic, partsOfDay, weekdays, relativePeriods, monthOfRelativeYear, relativeMonth, quarters, ago, durations, sets, references, clockTimes,
];
