// Publication-date rules that weigh one date signal of a page against the others it carries.
import { parseHumanDate } from './dates.js';

/** ISO day (`YYYY-MM-DD`) at the start of a machine date, when it is written that way. */
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;

/** The same day with month and day exchanged, when both could be either; else null. */
export function swappedDay(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m && Number(m[3]) <= 12 && m[2] !== m[3] ? `${m[1]}-${m[3]}-${m[2]}` : null;
}

/**
 * A date read from an ambiguous numeric form ("02-12-2025" in a `<time datetime>`, read month first) whose
 * day and month exchanged is a day the page states elsewhere in ISO form (its own entry in a "recent posts"
 * list, `2025-12-02`), while the day as read is stated nowhere in ISO form: the page writes day first.
 */
export function dayFirstByPage(iso: string, raw: string, pageDates: readonly string[]): string | null {
  if (ISO_DAY.test(raw.trim()) || !/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/.test(raw.trim())) return null;
  const swap = swappedDay(iso);
  if (!swap) return null;
  const days = new Set(pageDates.map((d) => ISO_DAY.exec(d.trim())?.[1]));
  return days.has(swap) && !days.has(iso.slice(0, 10)) ? swap : null;
}

const ORIGINALLY = /originally\s+published\b/i;

/**
 * The date in a page's own statement that it was "originally published on 26 Sep 2019 at 4:12pm but has been
 * regularly updated", or null. Only the words after the phrase are read, so a date before it (the update) is
 * not taken.
 */
export function originallyPublished(runs: readonly string[]): string | null {
  for (const run of runs) {
    const m = ORIGINALLY.exec(run);
    if (!m) continue;
    const after = run.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const date = parseHumanDate(after);
    if (date) return date;
  }
  return null;
}

/**
 * Orders `<time>` elements so that one stating the day the headline shows comes first among equals: a page
 * whose sidebar lists other articles' `<time>`s before the article's own (the headline's) is read right.
 */
export function headlineTimeFirst<T extends { datetime: string }>(times: readonly T[], headDay: string | null, day: (raw: string) => string | undefined): T[] {
  if (!headDay || times.length < 2) return [...times];
  const i = times.findIndex((t) => day(t.datetime) === headDay);
  if (i <= 0) return [...times];
  const found = times[i] as T;
  return [found, ...times.slice(0, i), ...times.slice(i + 1)];
}

const AGO = /^(?:(?:published|posted)\s*:?\s*)?(\d{1,3}|an?|one)\s+(minute|hour|day|week)s?\s+ago$/i;
const UNIT_MS: Readonly<Record<string, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

/**
 * The day a relative date shown on the page ("3 days ago", "Posted 6 hours ago") names, counted back from
 * the crawl time `now` (ISO); null without a crawl time or for anything else. Months and years are too
 * coarse to name a day.
 */
export function agoFromCrawl(text: string, now: string | undefined): string | null {
  if (!now) return null;
  const m = AGO.exec(text.trim());
  const crawl = Date.parse(now);
  if (!m || !Number.isFinite(crawl)) return null;
  const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : 1;
  const unit = UNIT_MS[(m[2] ?? '').toLowerCase()] ?? 0;
  // A crawl day without a time is read as its end: "3 hours ago" is still that day.
  const at = /T\d/.test(now) ? crawl : crawl + UNIT_MS['day']! - 1;
  return new Date(at - n * unit).toISOString().slice(0, 10);
}
