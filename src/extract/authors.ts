// Author strings from meta tags and bylines → a clean list of names.
import { dateLine } from './text-dates.js';
import { normalizeInline } from './whitespace.js';

const LEAD = /^(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide)\s+(?:was\s+)?(?:written|authored)\s+by\s+|^(?:(?:written|posted|reported|published|story|stories|text|words|reporting|report|photos?|articles?|posts|recipe|authored|created)\s+)?(?:by|von|par|por|door)\s*:?(?:\s+|$)|^(?:authors?|contributors?|autor(?:in)?|автор|writer)\s*:\s*/i;
// "BySummer Swann": a label glued to the name by markup without a space; "Byron" keeps its "By".
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
// Trailers that follow a name in a byline: dates, times, contact prompts, update stamps.
const TRAILERS = [
  /\b(?:email|e-mail|contact|follow|message)\s+(?:the\s+)?(?:author|reporter|writer|me)\b.*$/i,
  /\b(?:updated|published|posted|last updated|modified)\b.*$/i,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}.*$/i,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$/i,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$/i,
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*$/,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$/,
  /\b\d{1,2}:\d{2}\b.*$/,
  /\s+on\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d).*$/i,
  // "By MixmasterFred in Workshop > Woodworking": the section the post was filed in.
  /(?<=^\p{Lu}\S*(?:\s+\S+){0,3})\s+in\s+\p{Lu}.*$/u,
  /\S+@\S+\.\S+/g,
  // ", Head of Marketing and Community Development": a job title ends the names; its "and" joins no author.
  /,\s*(?:(?:sr\.?|senior|executive|associate|deputy|assistant)\s+)?(?:head|director|manager|vice president|vp|president|chief \w+ officer)\s+of\b.*$/i,
];
const SPLIT = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bи\b|\|)\s*/i;
// Degrees and licences after a name ("Jane Roe, MD") are not further authors.
const CREDENTIAL = /^(?:m\.?d|ph\.?d|d\.?o|dvm|vmd|rn|np|pa-c|dds|dmd|mph|mba|cpa|jd|esq|facp|faclm|ms|ma|bsc?|msc|lcsw|lmft|pharmd|dacvb|rdn?|cpt|e-ryt\s*\d*|fand|foma|dabom|lvt|vts|frcp|facs|ibclc|cdces|cscs|cssd|ldn|cns|fnp|aprn|msn|bsn|dnp|psyd|edd|lpc|lmhc|dpt)\.?$/i;
// A job title after the name: "Harry Rabinowitz Tech Reporter" → "Harry Rabinowitz".
const TRAILING_ROLE = /(?<=\p{L}\S*\s+\p{L}\S*)\s+(?:(?:senior|staff|tech|technology|contributing|managing|news|freelance|lead|chief)\s+)?(?:writer|reporter|editor|correspondent|columnist|contributor)$/iu;
const NOT_NAME = /^(?:mon|tue|wed|thu|fri|sat|sun|the author|author|by|staff|admin|administrator|editor|editors|editorial|team|newsroom|desk|correspondent|reporter|contributor|guest|anonymous|unknown|null|undefined)$/i;

// A job title standing where a name should be: "Staff Writer", "Sr. Director of Operations", "Head of Marketing".
// A collective credit ("Podium Staff", "The Upwork Team") is an author and is kept.
const ROLE = /^(?:(?:sr\.?|senior|staff|contributing|managing|executive|associate|deputy|chief)\s+)?(?:writer|editor|reporter|correspondent|manager|director|officer|specialist|strategist|analyst|head|intern|columnist|producer)s?(?:\s+(?:of|at)\b.*)?$/i;

// A review stamp left where the byline's name was ("By … Fact Checked", "Medically reviewed").
const CHECKED = /\b(?:fact[- ]checked|checked|reviewed|verified)\b/i;

const PARTICLE = /^(?:the|van|von|de|da|del|della|di|du|la|le|bin|ibn|al|el|ten|ter|zu)$/;
const COLLECTIVE = /^(?:editors|team|staff|desk|writers|contributors)$/;

/** A name part cleaned of a trailing job title, or null when it is not a name at all. */
function namePart(p: string): string | null {
  // Comment bylines ("Ann says") and leftover labels ("Researched by") name no author of the article.
  // A sentence end ("… AM Best’s Review.") is prose, not a name; "Jr." and initials are short.
  if (/\s(?:says|said|wrote)$|\sby$|[*#]|\p{L}{4,}\.$/iu.test(p) || ROLE.test(p) || CHECKED.test(p)) return null;
  p = p.replace(TRAILING_ROLE, '');
  const words = p.split(/\s+/);
  // Capitalised words next to an uncapitalised first or last one: a phrase from a bio ("Personal finance",
  // "works in Calgary"). All-lowercase names ("kirstin boatto") and "the Lavazza Team" are names.
  const lower = (w: string | undefined): boolean => !!w && /^\p{Ll}/u.test(w);
  const mixed = words.some((w) => /^\p{Lu}/u.test(w));
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length > 1 && mixed && ((lower(first) && !PARTICLE.test(first ?? '')) || (lower(last) && !COLLECTIVE.test(last ?? '')))) return null;
  return p;
}

/**
 * True for author values that are links, not names (e.g. `article:author` as a profile URL). A bare domain
 * ("AccountingDepartment.com") is how some outlets name themselves, and is kept.
 */
function isUrlLike(s: string): boolean {
  if (/^(?!www\.)[\p{L}\p{N}-]+\.(?:com|org|net|ru)$/iu.test(s)) return false;
  return /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net|ru)\b\/?/i.test(s);
}

/** One author value (may hold several names) → clean names. */
export function splitAuthors(raw: string): string[] {
  let s = normalizeInline(raw);
  if (!s || isUrlLike(s)) return [];
  s = s.replace(LEAD, '').replace(GLUED_BY, '');
  for (const t of TRAILERS) s = s.replace(t, ' ');
  s = s.replace(LEAD, '');
  return s
    .split(SPLIT)
    .map((p) => p.replace(/^[\s\-–—:|·•,.]+|[\s\-–—:|·•,]+$/g, '').trim())
    .map((p) => (p ? namePart(p) : null))
    .filter((p): p is string => p !== null)
    .filter((p) => p.length > 1 && p.length <= 60 && /\p{L}/u.test(p) && !NOT_NAME.test(p) && !CREDENTIAL.test(p) && p.split(/\s+/).length <= 5);
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

/**
 * A citation_author value is one person, often written "Last, First" ("Roy, Aniruddha"); splitting it at
 * the comma would make two authors of one.
 */
export function citationName(raw: string): string {
  const m = /^\s*([^,]+),\s*([^,]+?)\s*$/.exec(raw);
  return m?.[1] && m[2] && !CREDENTIAL.test(m[2].trim()) ? `${m[2]} ${m[1].trim()}` : raw;
}

const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// A written name: two to four capitalised words or initials ("Julian K. Arni", "Bence Kovács", "Aoife O'Riordan"),
// particles allowed inside ("Marna van der Merwe").
// Words are capitalised, not all capitals ("PLLC", "NEWS"); interface labels ("Log In", "No Comments") are not names.
const WRITTEN_NAME = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*|(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ten)))*\s+\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*$/u;
const NOT_NAME_WORD = /^(?:in|out|up|on|no|more|comments?|read|share|log|sign|home|blog|news|menu|search|contact|about|the|of|and|for|our|your|my|all|view|leave|reply|next|previous|back|top|print|email|follow|subscribe|login|register|account|posts?|articles?|category|tags?|archives?|related|latest|popular|recent|new|free|get|see|learn)$/i;
const SEPARATOR_RUN = /^[\s·•|/,\-–—・]*$/;
const READ_TIME = /^\d+\s*(?:min(?:ute)?s?)\.?(?:\s+read)?$/i;
/** "Mahua Das in" + "Project Management": the category link follows the name. */
const TRAILING_IN = /\s+in$/;

/**
 * An unlabelled byline: a run that is only a written name, next to the headline's date or reading time
 * ("Elliot Raba · 23.07.2025 · 6 min read", "2025-12-17 · Trond Teigen"), separators between them allowed.
 * Category labels next to a date look alike ("Marketing • Apr 16"), so only runs of two to four capitalised
 * words count, and the nearest to the headline wins.
 */
export function nameByDate(runs: readonly { text: string; offset: number }[], notNames: readonly string[] = []): string[] {
  // A headline or site name that happens to sit by the date ("Vibe Coding", "Nonessential Thoughts").
  const taken = notNames.map(nameKey).filter(Boolean);
  const at = new Map(runs.map((r) => [r.offset, r.text]));
  const datedNeighbour = (offset: number, step: number): boolean => {
    for (let o = offset + step, seen = 0; seen < 3; o += step, seen++) {
      const t = at.get(o);
      if (t === undefined) return false;
      if (SEPARATOR_RUN.test(t)) continue;
      return READ_TIME.test(t) || (/\d{4}/.test(t) && (t.split(/\s+[•·|・]\s+/).some((p) => dateLine(p) !== null)));
    }
    return false;
  };
  const listed = (offset: number): boolean => [1, -1].some((step) => /^\s*[,/>]\s*$/.test(at.get(offset + step) ?? '') && /\p{L}/u.test(at.get(offset + 2 * step) ?? ''));
  const near = runs
    .filter((r) => r.offset >= -4 && r.offset <= 12 && r.text.length <= 40)
    .sort((a, b) => (a.offset > 0 ? a.offset : 1000 - a.offset) - (b.offset > 0 ? b.offset : 1000 - b.offset));
  for (const r of near) {
    const name = r.text.replace(TRAILING_IN, '');
    const words = name.split(/\s+/);
    if (!WRITTEN_NAME.test(name) || words.length > 4 || words.some((w) => NOT_NAME_WORD.test(w))) continue;
    if (taken.some((t) => t.includes(nameKey(name)))) continue;
    // A label repeated from the menu, or one item of a list ("Living Healthy / Wellness", "Thoughts, Technology").
    if (runs.some((x) => x !== r && x.text === r.text) || listed(r.offset)) continue;
    if (datedNeighbour(r.offset, 1) || datedNeighbour(r.offset, -1)) return cleanAuthors([name]);
  }
  return [];
}

/**
 * A first name alone ("Articles by Juliette") completed by the full name written just under the headline
 * ("Juliette Carreiro"); the same list when no name needs it.
 */
export function completedNames(names: string[], runs: readonly { text: string; offset: number }[]): string[] {
  if (!names.some((n) => !/\s/.test(n))) return names;
  let changed = false;
  const out = names.map((n) => {
    if (/\s/.test(n) || !/^\p{Lu}\p{Ll}+$/u.test(n)) return n;
    const full = runs.find((r) => r.offset > 0 && r.offset <= 12 && r.text.startsWith(`${n} `) && r.text.split(/\s+/).length <= 4 && WRITTEN_NAME.test(r.text));
    if (!full) return n;
    changed = true;
    return full.text;
  });
  return changed ? out : names;
}

const LIST_JOIN = /^(?:,|;|&|and)$/i;
// A footnote number after a name in a paper's author list ("Jeni Green 1 ;").
const AFFILIATION_MARK = /^\d{1,2}$/;

/**
 * The one author a source names, when the headline's byline writes it as the first of a list of names joined
 * by commas, semicolons, "&" or "and" ("Rui Ma , Heba Ledwon , Manoel Cortes Mendez & Suparn Patra"), each its
 * own run (a link): the whole list. The same list when there is none.
 */
export function coAuthors(names: string[], runs: readonly { text: string; offset: number }[]): string[] {
  const only = names.length === 1 ? names[0] : undefined;
  if (only === undefined) return names;
  const start = runs.find((r) => r.offset > 0 && r.offset <= 12 && nameKey(r.text) === nameKey(only));
  if (!start) return names;
  const at = new Map(runs.map((r) => [r.offset, r.text.trim()]));
  const more: string[] = [];
  let o = start.offset + 1;
  for (;;) {
    while (AFFILIATION_MARK.test(at.get(o) ?? '')) o++;
    if (!LIST_JOIN.test(at.get(o) ?? '')) break;
    const next = at.get(o + 1) ?? '';
    // "Advaita Suresh , Global Desk": a desk or team credited beside the person is not a co-author.
    const words = next.split(/\s+/);
    if (!WRITTEN_NAME.test(next) || words.some((w) => NOT_NAME_WORD.test(w)) || COLLECTIVE.test(words[words.length - 1]?.toLowerCase() ?? '')) break;
    more.push(next);
    o += 2;
  }
  return more.length > 0 ? cleanAuthors([only, ...more]) : names;
}
