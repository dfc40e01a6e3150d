// The written date forms pages use most ("March 5, 2025", "5 Mar 2025", "Tuesday, March 5, 2025", "3/5/2025",
// "2025/3/5", "Nov 19, 2019 8:03 am ET"), read directly. chrono-node reads them too, but at a cost of tens of
// microseconds a call warm and milliseconds while its code is still cold (a first pass calls it a few dozen times); these forms give the same answers as chrono's strict English parser (checked against it on
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
/** A clock time after the date ("…, 2019 at 9:32pm", "… 2019 16:07:38 -0600", "… 2019 12:15 pm UTC", "GMT+0000"). */
const TIME = '(?:(?:\\s*,\\s*|\\s+)(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+((?:gmt|utc)?[+-]\\d{2}:?\\d{2}|gmt|utc|[ecmp][sd]?t|bst|cest|cet|ist|msk))?)?';
/** Zone abbreviations with one fixed offset, in minutes, as the parser reads them. */
const ZONE_MINUTES: Readonly<Record<string, number>> = {
  gmt: 0, utc: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cest: 120, ist: 330, msk: 180,
};
/**
 * Zone abbreviations whose offset depends on the day ("Updated 5:32 PM ET"): standard and summer offsets in
 * minutes, and whether the US or the EU switches them. The parser compares the written wall time with the switch
 * times (US: second Sunday of March 02:00 to first Sunday of November 02:00; EU, for CET: last Sunday of March
 * 02:00 to last Sunday of October 03:00), summer time when after the start and not after the end.
 */
const SEASONAL_ZONES: Readonly<Record<string, { standard: number; summer: number; us: boolean }>> = {
  et: { standard: -300, summer: -240, us: true },
  ct: { standard: -360, summer: -300, us: true },
  mt: { standard: -420, summer: -360, us: true },
  pt: { standard: -480, summer: -420, us: true },
  cet: { standard: 60, summer: 120, us: false },
};
/** "March 5, 2025", "Mar. 5th 2025", "Tuesday, March 5, 2025". */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s*${DAY}(?:\\s*,\\s*|\\s+)(\\d{4})${TIME}$`, 'i');
/** "5 March 2025", "5th of March, 2025", "Tue 5 Mar 2025". */
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
/**
 * The clock time before the date ("9:32 am CST, Wednesday, November 20, 2019", "11:04 PM EST Nov 19, 2019"); a
 * numeric offset there is read otherwise by the parser and left to it.
 */
const LEAD = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+(gmt|utc|[ecmp][sd]?t|bst|cest|cet|ist|msk))?(\\s*,\\s*|\\s+)';
const LEAD_MONTH_FIRST = new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s*${DAY}(?:\\s*,\\s*|\\s+)(\\d{4})$`, 'i');
const LEAD_DAY_FIRST = new RegExp(`^${LEAD}${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`, 'i');
/** "2019-11-18 17:19:53 GMT" (an ISO day with a space before the time, which the ISO reader does not take). */
const ISO_SPACED = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i');
/** "3/5/2025" (month first, as chrono reads English unless the first number cannot be a month). */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** "2025/3/5". */
const YEAR_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** " / " or " | " after a date: the parser joins no time or range across it. */
const SET_OFF = /\s+[|/]\s+/;
/** Marks before and after a date; and with "on" before it (which the parser leaves outside the date or not). */
const MARKS = /^[|•·\-–—]+\s*|[\s,|•·\-–—]+$/g;
const AROUND = /^(?:[|•·\-–—]+\s*|on\s+)|[\s,|•·\-–—]+$/gi;
/** "November 20", "Tue, Nov 19 at 4:46 PM", "13 Aug": a day without a year, which the parser only implies. */
const NO_YEAR_MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s*${DAY}(?:\\s+at\\s+\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?$`, 'i');
const NO_YEAR_DAY_FIRST = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH}$`, 'i');
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
 * without a valid day ("February 30, 2025") or without a year ("November 20"), or when it cannot hold a full date
 * at all (no month word and no digits joined by a separator); undefined when only the full parser can tell.
 */
export function quickDate(s: string): QuickDate | undefined {
  const t = s.trim();
  const whole = wholeForm(t);
  if (whole !== false) return whole;
  if (NO_YEAR_MONTH_FIRST.test(t) || NO_YEAR_DAY_FIRST.test(t)) return null;
  if (!MONTH_WORD.test(t) && (!JOINED_DIGITS.test(t) || PHONE.test(t)) && !RELATIVE.test(t)) return null;
  return undefined;
}

/**
 * The day of the parser's first date in `s`, where `quickDate` reads it or where `s` opens with one of the forms set
 * off by marks ("| November 18, 2019 12:01 PM", "- Nov. 18th 2019 8:54 am PT", "18 Nov 2019,"), after "on", or
 * followed by " / " or " | " and anything ("November 19, 2019 / 10:07 AM / CBS News": the parser joins nothing
 * across those). Only a valid day is taken from a set-off form; else undefined when only the parser can tell.
 */
export function quickFirstDate(s: string): QuickDate | undefined {
  const q = quickDate(s);
  return q !== undefined ? q : markedDate(s, true);
}

/**
 * The valid day of a string that is one of the forms with only marks around it ("| November 18, 2019 12:01 PM",
 * "- Nov. 18th 2019", "18 Nov 2019,"); else undefined. The parser's date then spans all but the marks.
 */
export function quickMarkedDate(s: string): NonNullable<QuickDate> | undefined {
  return markedDate(s, false);
}

function markedDate(s: string, first: boolean): NonNullable<QuickDate> | undefined {
  const t = s.trim();
  const cut = first ? SET_OFF.exec(t) : null;
  const bare = (cut ? t.slice(0, cut.index) : t).replace(first ? AROUND : MARKS, '');
  if (bare === t || bare.length === 0) return undefined;
  return wholeForm(bare) || undefined;
}

/** `quickDate` of a string that is wholly one of the forms; false when it is none of them. */
function wholeForm(t: string): QuickDate | undefined | false {
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
  return false;
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
  // A zone after a leading clock time is read by the parser before it joins the date, on its reference day
  // (1 January 2000, standard time); after the date, on the written day.
  const minutes = zoneRaw === undefined ? undefined : ZONE_MINUTES[zoneRaw] ?? seasonalOffset(zoneRaw, at === 1 ? REFERENCE_DAY : q, hour, minute, second);
  if (minutes !== undefined) zone = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  else if (zoneRaw) {
    // "+0530", "-05:00", and as JavaScript writes a date: "GMT+0000".
    const z = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})$/.exec(zoneRaw);
    if (!z || Number(z[3]) > 59) return undefined;
    zone = z[2] === '00' && z[3] === '00' ? 'Z' : `${z[1]}${z[2]}:${z[3]}`;
  }
  return { ...q, time: `${pad(hour)}:${pad(minute)}:${pad(second)}`, ...(zone ? { zone } : {}) };
}

const REFERENCE_DAY = { year: 2000, month: 1, day: 1 };

/** The offset of a seasonal zone at the written wall time, as the parser reckons it; undefined for other zones. */
function seasonalOffset(zone: string, q: NonNullable<QuickDate>, hour: number, minute: number, second: number): number | undefined {
  const z = SEASONAL_ZONES[zone];
  if (!z) return undefined;
  const wall = Date.UTC(q.year, q.month - 1, q.day, hour, minute, second);
  const start = z.us ? Date.UTC(q.year, 2, nthSunday(q.year, 3, 2), 2) : Date.UTC(q.year, 2, lastSunday(q.year, 3), 2);
  const end = z.us ? Date.UTC(q.year, 10, nthSunday(q.year, 11, 1), 2) : Date.UTC(q.year, 9, lastSunday(q.year, 10), 3);
  return wall > start && wall <= end ? z.summer : z.standard;
}

/** Day of the month of the `n`th Sunday of `month` (1-based). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + 7 * (n - 1);
}

/** Day of the month of the last Sunday of `month` (1-based). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
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
