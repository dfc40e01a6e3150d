// Dates that a scraped text states outright: a line that is only a date, or a news dateline.
import { isoDate, quickDate, quickMarkedDate } from './date-forms.js';
import { firstParse, parseHumanDate } from './dates.js';

export interface StatedDate {
  date: string;
  kind: 'published' | 'updated';
}

const LABEL = /^(?:(published|posted|first published|date|released|опубликовано|veröffentlicht|publié)|(updated|last updated|modified|обновлено|aktualisiert|mis à jour))\s*(?:on|at|am|le)?\s*[:\-–—]?\s*/i;
// What may surround the date on a date-only line: weekday, time zone, separators, "at", "|".
const FILLER = /^[\s,|·•\-–—:()]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|at|um|в|gmt|utc|msk|cet|cest|est|edt|pst|pdt|bst|[+-]\d{2}:?\d{2}|\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|[\s,|·•\-–—:()])*$/i;

/** The date when the whole line is a date (optionally labelled "Published:"/"Updated:"), else null. */
export function dateLine(line: string): StatedDate | null {
  const t = line.trim();
  // Only dates with an explicit year count, so a line without four digits is skipped before the costly parse.
  if (t.length > 80 || t.length < 6 || !/\d{4}/.test(t)) return null;
  const label = LABEL.exec(t);
  const rest = label ? t.slice(label[0].length) : t;
  const kind = label?.[2] ? 'updated' : 'published';
  // A line that is wholly a common date form, or that cannot hold a date, is decided without the parser.
  const quick = quickDate(rest);
  if (quick !== undefined) return quick && { date: isoDate(quick), kind };
  // Marks around a common form ("| November 18, 2019 12:01 PM") are filler the parser leaves outside its date.
  const marked = quickMarkedDate(rest);
  if (marked) return { date: isoDate(marked), kind };
  const parsed = firstParse(rest);
  // A range ("January 6-9, 2026") is an event's dates in the text, never a dateline.
  if (!parsed || parsed.end) return null;
  const outside = rest.slice(0, parsed.index) + ' ' + rest.slice(parsed.index + parsed.text.length);
  if (!FILLER.test(outside)) return null;
  const date = parseHumanDate(parsed.text);
  if (!date) return null;
  return { date, kind };
}

/** "MOSCOW, Feb. 17, 2022 (Reuters) —" at the start of a paragraph: a dateline with an explicit year. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{1,40},\s+([^()—–-]{6,40}?\d{4})\s*(?:\([^)]{1,40}\))?\s*[—–-]/u;

export function dateFromDateline(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.[1]) return null;
  return parseHumanDate(m[1]);
}
