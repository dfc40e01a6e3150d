// Date strings from pages and texts → ISO 8601, and the "not after the crawl" check.
// The English module only: the package root also loads every other locale's parsers (start-up cost per thread).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { isoDate, quickFirstDate } from './date-forms.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
// Fixed reference so parsing never consults the clock; only dates with an explicit year are accepted.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Normalises a machine or human date to ISO 8601: `YYYY-MM-DD`, or a date-time (offset kept) when a time is given.
 * Returns null for anything without a certain year, month and day.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined || m[5] === undefined) return day;
    const zone = m[8] === undefined ? '' : m[8] === 'Z' ? 'Z' : m[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  return parseHumanDate(s);
}

// "17.02.2022": numbers joined by dots with the year last are day first wherever they are written (German,
// Russian, Scandinavian styles); the parser reads them month first, as in the US.
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const TWO_DIGITS = /\d\d/;

// A page asks the parser about the same string more than once (a date line is parsed, then its date text, which
// is often the whole line; a visible date is a candidate and the day the page labels "Updated"). Its answer
// depends on the string alone (the reference is fixed), so the last ones are kept; callers only read them.
const parsed = new Map<string, ParsedResult | null>();
const MAX_PARSED = 64;

/** The parser's first result for `s` (strict English, fixed reference day), or null. */
export function firstParse(s: string): ParsedResult | null {
  let r = parsed.get(s);
  if (r === undefined) {
    r = chrono.strict.parse(s, REFERENCE)[0] ?? null;
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(s, r);
  }
  return r;
}

/** A date written in words or numbers ("17 February 2022", "Feb. 17, 2022 10:30"), when the year is explicit. */
export function parseHumanDate(s: string): string | null {
  const dotted = DOTTED_DMY.exec(s.trim());
  // "12.18.2025" can only be month first: that is left to the parser.
  if (dotted && Number(dotted[2]) <= 12) {
    const [d, mo, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    const rest = s.trim().slice(dotted[0].length);
    // With a time after it, the parser is given the same date in an unambiguous form.
    if (!validDay(y, mo, d)) return null;
    if (!/\d/.test(rest)) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    return parseHumanDate(`${pad(y, 4)}-${pad(mo)}-${pad(d)}${rest}`.replace(/^(\d{4}-\d{2}-\d{2})\s*,?\s*/, '$1 '));
  }
  // The common written forms are read directly; the parser (far slower) only sees the rest.
  const quick = quickFirstDate(s);
  if (quick !== undefined) return quick && isoDate(quick);
  // A stated year is two digits at least (see statesYear): without them the parser's answer is always refused.
  if (!TWO_DIGITS.test(s)) return null;
  const r = firstParse(s);
  if (!r) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const y = c.get('year') ?? 0;
  const mo = c.get('month') ?? 0;
  const d = c.get('day') ?? 0;
  if (!validDay(y, mo, d)) return null;
  // "3 days ago" comes back as a certain day counted from the parser's fixed reference, not a stated date.
  if (!statesYear(r.text, y)) return null;
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return day;
  const time = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  if (offset == null) return `${day}T${time}`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T${time}${offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
}

/** True when the matched text writes the year (in full or as its last two digits, "12/1/13"). */
function statesYear(text: string, year: number): boolean {
  const y = String(year);
  return text.includes(y) || new RegExp(`(?:^|\\D)${y.slice(2)}(?:\\D|$)`).test(text);
}

/** True when `date` falls after `now` (both ISO); day precision unless both carry a time. */
export function isAfter(date: string, now: string | undefined): boolean {
  if (!now) return false;
  const a = date.slice(0, 10);
  const b = now.slice(0, 10);
  if (a !== b) return a > b;
  if (date.length > 10 && now.length > 10) {
    const ta = Date.parse(date);
    const tb = Date.parse(now);
    if (Number.isFinite(ta) && Number.isFinite(tb)) return ta > tb;
  }
  return false;
}

// The date ends at a path or word separator ("/2025-12-15+Rust+GCC": some CMSs join slug words with "+").
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._+-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/._+-]|$)/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_MONTH_NAME = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?=[/._+-]|$)/i;

/** A date stated in a URL's path (`/2022/02/17/`, `/2022-02-17-slug`, `/20220217/`, `/2023/october/03/`). */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid').pathname;
  } catch {
    // keep the raw string
  }
  const named = URL_MONTH_NAME.exec(path);
  if (named) {
    const [y, mo, d] = [Number(named[1]), MONTHS.indexOf((named[2] ?? '').toLowerCase()) + 1, Number(named[3])];
    if (validDay(y, mo, d)) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? `${pad(y, 4)}-${pad(mo)}-${pad(d)}` : null;
}
