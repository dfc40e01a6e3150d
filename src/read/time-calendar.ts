// Calendar arithmetic for normalising time expressions against a publication date.
// Dates are plain {y, m, d} values computed in UTC so no local time zone leaks in.

export interface CalDate {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

/** A publication date as written (the date part of an ISO date or date-time), or null. */
export function parseReference(published: string | null): CalDate | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

export function isValidDate(c: CalDate): boolean {
  if (c.m < 1 || c.m > 12 || c.d < 1) return false;
  return c.d <= daysInMonth(c.y, c.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(c: CalDate): number {
  return Date.UTC(c.y, c.m - 1, c.d);
}

function fromUtc(ms: number): CalDate {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(c: CalDate, n: number): CalDate {
  return fromUtc(toUtc(c) + n * 86_400_000);
}

/** Signed number of days from a to b. */
export function daysBetween(a: CalDate, b: CalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(c: CalDate): number {
  const w = new Date(toUtc(c)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(c: CalDate): { year: number; week: number } {
  const thursday = addDays(c, 4 - isoWeekday(c));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDate(c: CalDate): string {
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(c: CalDate): string {
  const { year, week } = isoWeek(c);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/**
 * Year of a month-day (or month, when day is omitted) written without a year, given the tense of its clause.
 * A month alone is the last such month up to the reference in a past clause, the next from it in a future
 * one, and without a cue the nearest, counting months ahead double since news mostly refers back. A
 * month-day is the candidate nearest the reference, with days on the side the tense does not look to counted
 * double (a past cue is not trusted further: reported speech mixes tenses around dates).
 */
export function resolveYear(ref: CalDate, month: number, day: number | null, tense: 'past' | 'future' | null): number {
  if (day === null) {
    const cmp = month - ref.m;
    if (tense === 'past') return cmp <= 0 ? ref.y : ref.y - 1;
    if (tense === 'future') return cmp >= 0 ? ref.y : ref.y + 1;
    const ahead = (cmp + 12) % 12;
    return ahead === 0 ? ref.y : 2 * ahead < 12 - ahead ? (cmp > 0 ? ref.y : ref.y + 1) : cmp <= 0 ? ref.y : ref.y - 1;
  }
  let best = ref.y;
  let bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const delta = daysBetween(ref, { y, m: month, d: Math.min(day, daysInMonth(y, month)) });
    const cost = tense === 'future' ? (delta < 0 ? -2 * delta : delta) : delta > 0 ? 2 * delta : -delta;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/** The weekday (1–7) nearest the reference in the past (or the future when `future`), the reference day itself included. */
export function resolveWeekday(ref: CalDate, weekday: number, future: boolean): CalDate {
  const diff = weekday - isoWeekday(ref);
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((7 - diff) % 7));
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** The season a date falls in, with winter counted in the year its January falls in. */
export function seasonOf(c: CalDate): { y: number; s: Season } {
  if (c.m >= 3 && c.m <= 5) return { y: c.y, s: 'SP' };
  if (c.m >= 6 && c.m <= 8) return { y: c.y, s: 'SU' };
  if (c.m >= 9 && c.m <= 11) return { y: c.y, s: 'FA' };
  return { y: c.m === 12 ? c.y + 1 : c.y, s: 'WI' };
}

const SEASON_ORDER: Season[] = ['WI', 'SP', 'SU', 'FA'];

/** Season `s` relative to the reference: offset -1 = last, 0 = this, 1 = next. */
export function relativeSeason(ref: CalDate, s: Season, offset: -1 | 0 | 1): string {
  const cur = seasonOf(ref);
  const curIdx = cur.y * 4 + SEASON_ORDER.indexOf(cur.s);
  const want = SEASON_ORDER.indexOf(s);
  // The occurrence of season s within the same "season year" as the reference.
  let idx = cur.y * 4 + want;
  if (offset === -1) {
    while (idx >= curIdx) idx -= 4;
    while (idx + 4 < curIdx) idx += 4;
  } else if (offset === 1) {
    while (idx <= curIdx) idx += 4;
    while (idx - 4 > curIdx) idx -= 4;
  } else {
    // "this fall": the occurrence nearest the reference.
    if (idx - curIdx > 2) idx -= 4;
    if (curIdx - idx > 2) idx += 4;
  }
  const y = Math.floor(idx / 4);
  const season = SEASON_ORDER[idx - y * 4] ?? 'WI';
  // Winter is labelled with the year its January is in; other seasons with their own year.
  return `${pad(y, 4)}-${season}`;
}
