// Author strings from meta tags and bylines → a clean list of names.
import { normalizeInline } from './whitespace.js';

const LEAD = /^(?:(?:written|posted|reported|published|story|text|words|reporting|report|photos?)\s+)?(?:by|von|par|por|door)\s*:?\s+|^(?:authors?|autor(?:in)?|автор|writer)\s*:\s*/i;
// Trailers that follow a name in a byline: dates, times, contact prompts, update stamps.
const TRAILERS = [
  /\b(?:email|e-mail|contact|follow|message)\s+(?:the\s+)?(?:author|reporter|writer|me)\b.*$/i,
  /\b(?:updated|published|posted|last updated|modified)\b.*$/i,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}.*$/i,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$/i,
  /\b\d{4}-\d{2}-\d{2}.*$/,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$/,
  /\b\d{1,2}:\d{2}\b.*$/,
  /\S+@\S+\.\S+/g,
];
const SPLIT = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bи\b|\|)\s*/i;
const NOT_NAME = /^(?:staff|admin|administrator|editor|editors|editorial|team|newsroom|desk|correspondent|reporter|contributor|guest|anonymous|unknown|null|undefined)$/i;

/** True for author values that are links or handles, not names (e.g. `article:author` as a profile URL). */
function isUrlLike(s: string): boolean {
  return /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net|ru)\b\/?/i.test(s);
}

/** One author value (may hold several names) → clean names. */
export function splitAuthors(raw: string): string[] {
  let s = normalizeInline(raw);
  if (!s || isUrlLike(s)) return [];
  s = s.replace(LEAD, '');
  for (const t of TRAILERS) s = s.replace(t, ' ');
  s = s.replace(LEAD, '');
  return s
    .split(SPLIT)
    .map((p) => p.replace(/^[\s\-–—:|·•,.]+|[\s\-–—:|·•,]+$/g, '').trim())
    .filter((p) => p.length > 1 && p.length <= 60 && /\p{L}/u.test(p) && !NOT_NAME.test(p) && p.split(/\s+/).length <= 5);
}

/** Clean, de-duplicated names from several raw values, in order. */
export function cleanAuthors(values: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    for (const name of splitAuthors(v)) {
      const k = name.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        out.push(name);
      }
    }
  }
  return out;
}
