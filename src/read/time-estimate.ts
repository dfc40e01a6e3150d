// An estimate of when a text was published, for articles that declare no date. A dateline ("MOSCOW, Feb. 17
// (Reuters) -") states the day. Otherwise news reports what happened up to the moment of writing, so the
// latest day the text reports (not one it looks ahead to: "will meet on March 3") is usually the publication
// day or a day or two before it. Days written without a year ("on February 15") are placed on the calendar
// by their order: a chronology "December 17 … January 26 … February 17" crosses a new year, so its latest
// day is February 17, the one before the longest gap around the year. A year alone or a month alone is not
// used: articles name past years far more often than their own. The result is always marked as an estimate.

import type { Span, TimeExpression } from '../types.js';
import { daysInMonth } from './time-calendar.js';
import { findTimes } from './times.js';
import { tenseAt } from './time-tense.js';

export interface PublishedEstimate {
  /** The day, "2022-02-17", or "XXXX-02-17" when the text never states the year (TimeML's unknown year). */
  value: string;
  /** Always true: the value was inferred from the text, not declared by the page or the user. */
  estimated: true;
  /** How it was found, in words for the article's notes. */
  basis: string;
}

/** A dateline: a place in capitals and a comma (maybe a state: "BUFFALO, N.Y."), right before the first date. */
const DATELINE = /^\s*(?:\S.{0,20}\n\s*)?[A-Z][A-Z .'-]{2,40},(?:\s+[A-Z][A-Za-z.]{1,6})?\s+$/;

/** The opening characters of a text a dateline may sit in. */
const DATELINE_REACH = 80;

/** A yearless day this far (days) after the latest dated one is taken as the same story's chronology. */
const FOLLOW_ON = 183;

/** Words before a day that set it as a term rather than report it: "payable Dec. 7", "of record Nov. 15". */
const SCHEDULED = /\b(?:payable|of\s+record|record\s+date|matur(?:e|es|ing|ity)|effective|due|expir(?:e|es|ing|ation)|deadline|starting|beginning|from|through|until|till|by|before)\b[^.;]*$/i;

const DAY = /^(\d{4}|XXXX)-(\d\d)-(\d\d)/;

/**
 * The estimated publication date of `text`, or null when it reports no day. `times`, when given, must be
 * findTimes(text, sentences, null) — what read() finds for a text without a publication date — so that the
 * expressions are not found twice.
 */
export function estimatePublished(text: string, sentences: Span[], times: TimeExpression[] = findTimes(text, sentences, null)): PublishedEstimate | null {
  const dateline = datelineOf(text, times);
  const sentenceAt = (pos: number): Span | undefined => sentences.find((s) => s.start <= pos && pos < s.end);
  // Days the text reports rather than looks ahead to.
  const reported: { y: number | null; m: number; d: number }[] = [];
  for (const t of times) {
    const day = DAY.exec(t.value);
    if (!day || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const s = sentenceAt(t.start);
    if (s && tenseAt(text, s.start, s.end, t.start, t.end - t.start) === 'future') continue;
    if (SCHEDULED.test(text.slice(Math.max(s?.start ?? 0, t.start - 40), t.start))) continue;
    reported.push({ y: day[1] === 'XXXX' ? null : Number(day[1]), m: Number(day[2]), d: Number(day[3]) });
  }
  const dated = reported.filter((r) => r.y !== null).sort((a, b) => ord(a) - ord(b)).at(-1) ?? null;
  const yearless = latestYearless(reported.filter((r) => r.y === null));

  if (dateline) {
    const m = DAY.exec(dateline);
    if (m && m[1] !== 'XXXX') return { value: dateline, estimated: true, basis: 'the dateline' };
    if (m && dated?.y != null) {
      const md = { m: Number(m[2]), d: Number(m[3]) };
      const y = dated.m * 100 + dated.d > md.m * 100 + md.d ? dated.y + 1 : dated.y;
      return { value: format(y, md.m, md.d), estimated: true, basis: 'the dateline, in the year of the latest dated day the text reports' };
    }
    return { value: dateline, estimated: true, basis: 'the dateline (the text states no year)' };
  }
  if (dated?.y != null) {
    // A later day without a year continues the dated chronology ("on Feb. 2, 2022 … on February 15").
    if (yearless) {
      for (const y of [dated.y, dated.y + 1]) {
        const gap = serial(y, yearless.m, yearless.d) - serial(dated.y, dated.m, dated.d);
        if (gap > 0 && gap <= FOLLOW_ON) {
          return { value: format(y, yearless.m, yearless.d), estimated: true, basis: 'the latest day the text reports, in the year of the dated days before it' };
        }
      }
    }
    return { value: format(dated.y, dated.m, dated.d), estimated: true, basis: 'the latest day the text reports' };
  }
  if (yearless) {
    return { value: format(null, yearless.m, yearless.d), estimated: true, basis: 'the latest day the text reports (the text states no year)' };
  }
  return null;
}

/** The month-day of a dateline opening the text ("WASHINGTON, August 13 (Xinhua) --"), or null. */
function datelineOf(text: string, times: TimeExpression[]): string | null {
  const first = times[0];
  if (!first || first.start > DATELINE_REACH || !DAY.test(first.value)) return null;
  return DATELINE.test(text.slice(0, first.start)) ? first.value.slice(0, 10) : null;
}

/** The latest of days without a year: the one before the longest gap when they are set around the year. */
function latestYearless(days: { m: number; d: number }[]): { m: number; d: number } | null {
  const sorted = [...days].sort((a, b) => a.m * 100 + a.d - (b.m * 100 + b.d));
  if (sorted.length === 0) return null;
  // Day of a (leap) year, so that Feb. 29 has a place.
  const at = (x: { m: number; d: number }): number => serial(2000, x.m, x.d) - serial(2000, 1, 1);
  let best = sorted.length - 1;
  let widest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[(i + 1) % sorted.length];
    if (!a || !b) continue;
    const gap = (at(b) - at(a) + 366) % 366 || (sorted.length === 1 ? 366 : 0);
    if (gap > widest) {
      widest = gap;
      best = i;
    }
  }
  return sorted[best] ?? null;
}

function ord(x: { y: number | null; m: number; d: number }): number {
  return (x.y ?? 0) * 10_000 + x.m * 100 + x.d;
}

/** Days since 1970-01-01 (UTC); a day past the month's end counts as its last day. */
function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))) / 86_400_000;
}

function format(y: number | null, m: number, d: number): string {
  return `${y === null ? 'XXXX' : String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
