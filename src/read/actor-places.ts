// Places named by the layout of news text rather than by a lexicon: datelines ("WASHINGTON (AP) —",
// "LA CROSSE, Wisc. —"), US state abbreviations after a city ("Lynchburg, VA") and the state in a
// lawmaker's party label ("(R-Wisc.)"). Pure text functions; the actor finder turns them into mentions.

import { STATE_ABBREVIATIONS } from './actor-lexicon.js';
import { US_STATES } from './lexicon/places.js';

export interface PlaceSpan {
  start: number;
  end: number;
  /** The name as a place is written in running text ("WASHINGTON" → "Washington"). */
  name: string;
}

/** Words that open a paragraph in capitals without being a place ("BREAKING —", "UPDATE:"). */
const NOT_DATELINE = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LIVE', 'VIDEO', 'PHOTOS', 'OPINION', 'ANALYSIS', 'EDITORIAL', 'REPORT', 'NEWS', 'CLOSE', 'ABSTRACT', 'FULL', 'TEXT', 'NOTE', 'EDITOR', 'EDITORS', 'CORRECTION', 'DESPERATION', 'SHARE', 'READ', 'MORE', 'ADVERTISEMENT', 'UPDATES', 'ALERT', 'SPECIAL', 'FACT', 'CHECK', 'THE', 'A', 'AN']);

// A paragraph that opens with a place in capitals (or in title case before an agency in brackets), an
// optional region after a comma, an optional "(Agency)", then a dash or colon. Tried only where a
// paragraph starts (sticky), not searched for through the whole text.
const DATELINE =
  /[ \t]*((?:\p{Lu}[\p{Lu}'’.-]+)(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,3}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?=[ \t]*\([A-Z]))(?:,[ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?))?[ \t]*(?:\([\p{Lu}][\p{L}. ]{1,28}\)[ \t]*)?(?:[-–—]|:(?=[ \t]))/uy;

function bracketWithin(text: string, from: number, n: number): boolean {
  for (let k = from; k < from + n && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) return true;
    if (c === 10) return false;
  }
  return false;
}

function isUpper(ch: string): boolean {
  return /\p{Lu}/u.test(ch);
}

/** "WASHINGTON" → "Washington", "LA CROSSE" → "La Crosse"; names already in mixed case stay as written. */
export function placeCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Datelines at the start of paragraphs: the place and, where given, its region ("Wisc.", "CALIFORNIA"). */
export function findDatelines(text: string): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    // Cheap gate: a word in capitals, or a title-case word with a bracket soon after ("Washington (AFP)").
    let p = at;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    const c1 = text.charCodeAt(p + 1);
    if (!(c1 >= 65 && c1 <= 90) && !(c1 > 127 && isUpper(text[p + 1]!)) && !bracketWithin(text, p, 40)) continue;
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (!m) continue;
    const place = m[1]!;
    const words = place.split(/[ \t]+/);
    if (words.some((w) => NOT_DATELINE.has(w)) || !words.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 3)) continue;
    // A colon after capitals is also how headlines open ("DESPERATION: ..."): a dateline then needs its region.
    const region = m[2];
    const colon = m[0].endsWith(':');
    const start = at + m[0].indexOf(place);
    if (colon && !region) continue;
    out.push({ start, end: start + place.length, name: placeCase(place) });
    if (region) {
      const rs = at + m[0].indexOf(region, start - at + place.length);
      const state = stateName(region) ?? (US_STATES.has(placeCase(region)) ? placeCase(region) : null);
      out.push({ start: rs, end: rs + region.length, name: state ?? placeCase(region) });
    }
  }
  return out;
}

/** The US state an abbreviation or name stands for ("S.C.", "Wisc.", "VA", "Ind"), else null. */
export function stateName(w: string): string | null {
  return STATE_ABBREVIATIONS[w] ?? (US_STATES.has(w) ? w : null);
}

const STATE_AFTER = /^,[ \t]+((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]?\.|[A-Z][a-z]{1,4}\.?|[A-Z]{2})(?=[\s,;:)(–—-]|$)/;

/** ", VA" / ", S.C." / ", Wisc." right after a place ending at `end`: the state's span and name. */
export function stateAfter(text: string, end: number): PlaceSpan | null {
  const m = STATE_AFTER.exec(text.slice(end, end + 12));
  if (!m) return null;
  const abbr = m[1]!;
  const name = STATE_ABBREVIATIONS[abbr] ?? null;
  if (!name) return null;
  const start = end + m[0].indexOf(abbr);
  return { start, end: start + abbr.length, name };
}

const PARTY_LABEL = /\((?:R|D|I)-([A-Z][A-Za-z.]*)(?:,[^)]{0,40})?\)/g;

/** The state in a US lawmaker's party label: "(R-Wisc.)", "(D-Nev.)", "(R-Texas)". */
export function partyLabelStates(text: string): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  PARTY_LABEL.lastIndex = 0;
  for (let m = PARTY_LABEL.exec(text); m; m = PARTY_LABEL.exec(text)) {
    const w = m[1]!;
    const name = stateName(w) ?? stateName(`${w}.`);
    if (!name) continue;
    const start = m.index + 3;
    out.push({ start, end: start + w.length, name });
  }
  return out;
}
