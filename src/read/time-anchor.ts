// Anchored time expressions: "a year earlier", "the year-ago quarter", "the quarter", "the 1988 period".
// Like HeidelTime, they resolve against the last date the text mentioned before them (at that date's
// granularity: a quarter a year earlier is a quarter), not against the publication date; without an earlier
// date they fall back to the publication date.

import { addDays, addMonths, daysInMonth, formatDate, formatMonth, isValidDate, isoWeekday, type CalDate } from './time-calendar.js';

export type Anchor =
  /** Shift the last date by this many years/months/days, keeping its granularity. */
  | { kind: 'shift'; years: number; months?: number; days?: number }
  /** The quarter last mentioned ("the quarter", "the latest period"); else the last completed quarter. */
  | { kind: 'quarter' }
  /** The last mentioned quarter's number in a stated year ("the 1988 quarter"). */
  | { kind: 'quarter-in'; year: number }
  /** The year (month) of the last date, moved by `offset`: "that year", "the following month". */
  | { kind: 'unit'; unit: 'year' | 'month'; offset: number }
  /** A time of day with no date beside it ("shot at 10 p.m."): on the last day mentioned, else the publication date. */
  | { kind: 'clock'; clock: string }
  /** "the previous Friday", "the following Monday": that weekday (1–7) before or after the last day mentioned. */
  | { kind: 'weekday'; weekday: number; direction: -1 | 1 };

/** A resolved date value an anchored expression can refer to. */
const DATED = /^\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d(?:-\d\d)?))?$/;

export function isAnchorable(value: string): boolean {
  return DATED.test(value);
}

/** The value of `anchor` given the last date mentioned (null if none) and the publication date. */
export function resolveAnchor(anchor: Anchor, last: string | null, ref: CalDate | null): string | null {
  switch (anchor.kind) {
    case 'shift': {
      const base = last ?? (ref ? (anchor.days ? formatDate(ref) : anchor.months ? formatMonth(ref.y, ref.m) : String(ref.y)) : null);
      return base ? shift(base, anchor.years, anchor.months ?? 0, anchor.days ?? 0) : null;
    }
    case 'quarter': {
      const q = last && /^\d{4}-Q[1-4]$/.test(last) ? last : null;
      if (q) return q;
      if (!ref) return null;
      // The last completed quarter: results are reported after the quarter ends.
      const prev = addMonths(ref.y, ref.m, -3);
      return `${prev.y}-Q${Math.floor((prev.m - 1) / 3) + 1}`;
    }
    case 'unit': {
      const base = last ?? (ref ? formatDate(ref) : null);
      const m = base ? /^(\d{4})(?:-(\d\d))?/.exec(base) : null;
      if (!m) return null;
      if (anchor.unit === 'year') return String(Number(m[1]) + anchor.offset);
      if (!m[2]) return null;
      const r = addMonths(Number(m[1]), Number(m[2]), anchor.offset);
      return formatMonth(r.y, r.m);
    }
    case 'clock': {
      const day = last && /^\d{4}-\d\d-\d\d$/.test(last) ? last : ref ? formatDate(ref) : null;
      return day ? `${day}T${anchor.clock}` : null;
    }
    case 'weekday': {
      const m = last ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(last) : null;
      const base = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : ref;
      if (!base) return null;
      // Strictly before (after) the base day: "the previous Friday" said of a Friday is a week earlier.
      const gap = anchor.direction < 0 ? (isoWeekday(base) - anchor.weekday + 7) % 7 || 7 : (anchor.weekday - isoWeekday(base) + 7) % 7 || 7;
      return formatDate(addDays(base, anchor.direction * gap));
    }
    case 'quarter-in': {
      const q = last ? /-Q([1-4])$/.exec(last)?.[1] : undefined;
      return q ? `${anchor.year}-Q${q}` : String(anchor.year);
    }
  }
}

/** `value` moved by years/months/days at its own granularity (a quarter stays a quarter). */
export function shift(value: string, years: number, months: number, days: number): string | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|SP|SU|FA|WI|\d\d)(?:-(\d\d))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return String(y + years + Math.trunc(months / 12));
  if (!/^\d\d$/.test(m[2])) return `${y + years}-${m[2]}`;
  const month = addMonths(y + years, Number(m[2]), months);
  if (!m[3]) return formatMonth(month.y, month.m);
  const date: CalDate = { y: month.y, m: month.m, d: Math.min(Number(m[3]), daysInMonth(month.y, month.m)) };
  if (!isValidDate(date)) return null;
  const ms = Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000;
  const d = new Date(ms);
  return formatDate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}
