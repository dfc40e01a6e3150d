// The written date forms pages use most ("March 5, 2025", "5 Mar 2025", "Tuesday, March 5, 2025", "3/5/2025",
// "2025/3/5"), read directly. chrono-node reads them too, but at a cost of tens of microseconds a call and more
// on a cold start; these forms give the same answers as chrono's strict English parser (checked against it on
// every date string of both extraction benchmarks and in a property test), and anything else is left to it.

/**
 * A calendar day read from a whole string, with the clock time (`HH:MM:SS`) and zone (`Z`, `+05:30`) when
 * written; null when the form's numbers make no valid day.
 */
export type QuickDate = { year: number; month: number; day: number; time?: string; zone?: string } | null;

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
// Only abbreviations take a dot ("Sept.", not "May." or "March.").
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** A clock time after the date ("…, 2019 at 9:32pm", "… 2019 16:07:38 -0600", "… 2019 12:15 pm UTC"). */
const TIME = '(?:(?:\\s*,\\s*|\\s+)(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+(gmt|utc|[ecmp][sd]t|bst|cest|ist|msk|[+-]\\d{2}:?\\d{2}))?)?';
/**
 * Zone abbreviations with one fixed offset, in minutes, as the parser reads them ("ET", "PT", "CET" depend on
 * the date there and are left to it).
 */
const ZONE_MINUTES: Readonly<Record<string, number>> = {
  gmt: 0, utc: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cest: 120, ist: 330, msk: 180,
};
/** "March 5, 2025", "Mar. 5th 2025", "Tuesday, March 5, 2025". */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s*${DAY}(?:\\s*,\\s*|\\s+)(\\d{4})${TIME}$`, 'i');
/** "5 March 2025", "5th of March, 2025", "Tue 5 Mar 2025". */
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
/**
 * The clock time before the date ("9:32 am CST, Wednesday, November 20, 2019", "11:04 PM EST Nov 19, 2019"); a
 * numeric offset there is read otherwise by the parser and left to it.
 */
const LEAD = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+(gmt|utc|[ecmp][sd]t|bst|cest|ist|msk))?(\\s*,\\s*|\\s+)';
const LEAD_MONTH_FIRST = new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s*${DAY}(?:\\s*,\\s*|\\s+)(\\d{4})$`, 'i');
const LEAD_DAY_FIRST = new RegExp(`^${LEAD}${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`, 'i');
/** "2019-11-18 17:19:53 GMT" (an ISO day with a space before the time, which the ISO reader does not take). */
const ISO_SPACED = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i');
/** "3/5/2025" (month first, as chrono reads English unless the first number cannot be a month). */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** "2025/3/5". */
const YEAR_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** A word that starts like a month name: only such strings, or digits joined by a separator, can hold a full date. */
const MONTH_WORD = /(?:^|[^a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// "2025 09 09" is read as a date too.
const JOINED_DIGITS = /\d[\s/.-]+\d/;
/** A telephone number ("(855) 650-0657", "866-825-0554"): digits joined by separators that are not a date. */
const PHONE = /^(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}$/;
/** Relative phrases ("3 days ago", "in 2 weeks") resolve against a reference day, not a stated one. */
const RELATIVE = /\b(?:ago|later|from now|within|in\s+(?:a|an|\d+)\s)|\b(?:last|next|this|past)\b/i;

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(year: number, month: number, d: number): QuickDate {
  return validDay(year, month, d) ? { year, month, day: d } : null;
}

/**
 * The day `s` states when the whole string (trimmed) is one of the common forms; null when it is such a form
 * without a valid day ("February 30, 2025"), or when it cannot hold a full date at all (no month word and no
 * digits joined by a separator); undefined when only the full parser can tell.
 */
export function quickDate(s: string): QuickDate | undefined {
  const t = s.trim();
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const slashed = SLASHED.exec(t);
    if (slashed) {
      const a = Number(slashed[1]);
      const b = Number(slashed[2]);
      const y = Number(slashed[3]);
      if (a >= 1 && a <= 12) return b >= 1 && b <= 31 ? day(y, a, b) : undefined;
      // "13/05/2025": the first number cannot be a month, so it is the day.
      return b >= 1 && b <= 12 && a <= 31 ? day(y, b, a) : undefined;
    }
    const ymd = YEAR_SLASHED.exec(t);
    if (ymd) {
      const mo = Number(ymd[2]);
      const d = Number(ymd[3]);
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? day(Number(ymd[1]), mo, d) : undefined;
    }
    // The parser joins a leading time to the date only after "am"/"pm" or a comma ("10:00 January 1, 2024" is
    // a date beside a time).
    const leadMonth = LEAD_MONTH_FIRST.exec(t);
    if (leadMonth && joined(leadMonth)) return withTime(named(leadMonth[7], Number(leadMonth[8]), Number(leadMonth[9])), leadMonth, 1);
    const leadDay = LEAD_DAY_FIRST.exec(t);
    if (leadDay && joined(leadDay)) return withTime(named(leadDay[8], Number(leadDay[7]), Number(leadDay[9])), leadDay, 1);
    const iso = ISO_SPACED.exec(t);
    if (iso) {
      const mo = Number(iso[2]);
      const d = Number(iso[3]);
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? withTime(day(Number(iso[1]), mo, d), iso, 4) : undefined;
    }
    const dayFirst = DAY_FIRST.exec(t);
    if (dayFirst) return withTime(named(dayFirst[2], Number(dayFirst[1]), Number(dayFirst[3])), dayFirst, 4);
  } else {
    const monthFirst = MONTH_FIRST.exec(t);
    if (monthFirst) return withTime(named(monthFirst[1], Number(monthFirst[2]), Number(monthFirst[3])), monthFirst, 4);
    const dayFirst = DAY_FIRST.exec(t);
    if (dayFirst) return withTime(named(dayFirst[2], Number(dayFirst[1]), Number(dayFirst[3])), dayFirst, 4);
  }
  if (!MONTH_WORD.test(t) && (!JOINED_DIGITS.test(t) || PHONE.test(t)) && !RELATIVE.test(t)) return null;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A leading clock time the parser reads as the date's: followed by am/pm, or by a comma (group 6). */
function joined(m: RegExpExecArray): boolean {
  return m[4] !== undefined || (m[6] ?? '').includes(',');
}

/** The day with the clock time of groups `at`… (hour, minute, second, am/pm, zone), when one was written. */
function withTime(q: QuickDate | undefined, m: RegExpExecArray, at: number): QuickDate | undefined {
  if (!q || m[at] === undefined) return q;
  let hour = Number(m[at]);
  const minute = Number(m[at + 1]);
  const second = m[at + 2] === undefined ? 0 : Number(m[at + 2]);
  const meridiem = m[at + 3]?.charAt(0).toLowerCase();
  // Forms the parser reads its own way ("13:00 pm", "24:00") are left to it.
  if (minute > 59 || second > 59 || (meridiem ? hour < 1 || hour > 12 : hour > 23)) return undefined;
  if (meridiem === 'a' && hour === 12) hour = 0;
  else if (meridiem === 'p' && hour < 12) hour += 12;
  const zoneRaw = m[at + 4]?.toLowerCase();
  let zone: string | undefined;
  const minutes = zoneRaw === undefined ? undefined : ZONE_MINUTES[zoneRaw];
  if (minutes !== undefined) zone = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  else if (zoneRaw) {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zoneRaw);
    if (!z || Number(z[3]) > 59) return undefined;
    zone = z[2] === '00' && z[3] === '00' ? 'Z' : `${z[1]}${z[2]}:${z[3]}`;
  }
  return { ...q, time: `${pad(hour)}:${pad(minute)}:${pad(second)}`, ...(zone ? { zone } : {}) };
}

function named(monthName: string | undefined, d: number, y: number): QuickDate | undefined {
  const mo = MONTH_INDEX[(monthName ?? '').toLowerCase().replace(/\.$/, '')];
  if (mo === undefined) return undefined;
  // Days over 31 are not a day to the parser either, but it may then read other numbers in the string.
  return d >= 1 && d <= 31 ? day(y, mo, d) : undefined;
}

/** ISO 8601 of a quick date: `YYYY-MM-DD`, with `THH:MM:SS` and the zone when they were written. */
export function isoDate(q: NonNullable<QuickDate>): string {
  const day = `${String(q.year).padStart(4, '0')}-${String(q.month).padStart(2, '0')}-${String(q.day).padStart(2, '0')}`;
  return q.time ? `${day}T${q.time}${q.zone ?? ''}` : day;
}
