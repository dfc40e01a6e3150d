// Chooses each metadata value from the page's signals, in order of reliability, and says where it came from.
import { decodeHTML } from 'entities';
import { citationName, cleanAuthors, coAuthors, completedNames, nameByDate } from './authors.js';
import { dateFromUrl, isAfter, normalizeDate } from './dates.js';
import { agoFromCrawl, dayFirstByPage, headlineTimeFirst, originallyPublished } from './date-page.js';
import { articleFromJsonLd, pageDatePublished, type JsonLdArticle } from './html-jsonld.js';
import { firstMeta, type PageSignals } from './html-signals.js';
import { dateLine } from './text-dates.js';
import { repairMojibake, splitTitle, withoutHeadlineExtras } from './title.js';
import { asciiPunctuation, restoreLostCharacters, typedAsDeclared } from './title-forms.js';
import { normalizeInline } from './whitespace.js';

export interface HtmlMetadata {
  url: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  site: string | null;
  /** The page's declared language (`<html lang>`, og:locale, JSON-LD), a hint for detection. */
  declaredLanguage: string | null;
  notes: string[];
}

interface Candidate {
  value: string;
  source: string;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'dcterms.issued', 'dc.date.issued', 'dcterms.date', 'dc.date',
  'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'og:published_time', 'published-date', 'published_date',
  'publication_date', 'publication-date', 'article:published',
  // A bare "date" names no event (templates fill it with the page's build or review day): it comes last.
  'date',
];
/** Other meta names a CMS gives its publication date ("w-published-date", "cxenseparse:publishtime", "date-pub"). */
const PUBLISHED_KEY = /publish|pub[-_.]?date|date[-_.]?pub/;
const NOT_PUBLISHED_KEY = /modif|updat|publisher|version|type|last|auto/;
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified'];
const TITLE_META = ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'headline'];
const AUTHOR_META = ['author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
const SITE_META = ['og:site_name', 'application-name', 'twitter:site', 'citation_journal_title', 'dc.publisher', 'citation_publisher'];
const URL_META = ['og:url', 'twitter:url', 'citation_abstract_html_url', 'dc.identifier'];

function resolveUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The host's registrable label ("newegg" for promotions.newegg.com): titles name the brand, not the
 * subdomain. Short labels are left out, as they would match the start of ordinary words.
 */
function hostLabel(url: string | null): string | null {
  const parts = hostOf(url)?.split('.') ?? [];
  const label = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  return label && label.length >= 4 && !/^(?:co|com|org|net|gov|edu|ac)$/.test(label) ? label : null;
}

function chooseUrl(s: PageSignals, ld: JsonLdArticle | null, declared: string | undefined): Candidate | null {
  if (declared) return { value: declared, source: 'declared' };
  const og = firstMeta(s, URL_META);
  const base = og && /^https?:/i.test(og.value) ? og.value : null;
  const tries: Candidate[] = [];
  if (s.canonical) tries.push({ value: s.canonical, source: 'link rel=canonical' });
  if (og) tries.push({ value: og.value, source: og.key });
  if (ld?.url) tries.push({ value: ld.url, source: 'json-ld url' });
  for (const t of tries) {
    const abs = resolveUrl(t.value, base);
    if (abs && /^https?:/i.test(abs)) return { value: abs, source: t.source };
  }
  return null;
}

/** Class or itemprop of a date element that holds the modification date (Drupal names it "changed"). */
const MODIFIED_HINT = /modif|update|changed/i;

/** Published date: explicit publication signals only; a modification date is never taken for it. */
function choosePublished(s: PageSignals, ld: JsonLdArticle | null, url: string | null, now: string | undefined, notes: string[]): Candidate | null {
  const tries: Candidate[] = [];
  if (ld?.datePublished) tries.push({ value: ld.datePublished, source: 'json-ld datePublished' });
  for (const key of PUBLISHED_META) for (const v of s.meta.get(key) ?? []) tries.push({ value: v, source: `meta ${key}` });
  for (const [key, values] of s.meta) {
    if (PUBLISHED_KEY.test(key) && !NOT_PUBLISHED_KEY.test(key) && !PUBLISHED_META.includes(key)) for (const v of values) tries.push({ value: v, source: `meta ${key}` });
  }
  const onPage = ld ? null : pageDatePublished(s.jsonLd);
  if (onPage) tries.push({ value: onPage, source: 'json-ld WebPage datePublished' });
  // A day the page itself labels "Updated" ("Last Updated on Feb 27, 2026", `<time class="changed">`) is not its
  // publication day, wherever else it is written without the label (unless an element names it the publication date).
  const updatedDays = new Set([
    ...(s.visibleDates ?? []).filter((t) => /updated|modified/i.test(t.datetime)).map((t) => normalizeDate(t.datetime.replace(/^.*?(?:updated|modified)(?:\s+on)?\s*:?\s*/i, ''))?.slice(0, 10)),
    ...s.times.filter((t) => MODIFIED_HINT.test(t.hint) && rankTime(t.hint) > 0).map((t) => normalizeDate(t.datetime)?.slice(0, 10)),
  ]);
  const updatedDay = (raw: string): boolean => updatedDays.size > 0 && updatedDays.has(normalizeDate(raw)?.slice(0, 10));
  const times = [...s.times].filter((t) => !MODIFIED_HINT.test(t.hint)).sort((a, b) => rankTime(a.hint) - rankTime(b.hint));
  const unranked = times.filter((t) => rankTime(t.hint) > 0);
  // Several dated elements of different days: the one the headline shows is the article's.
  const timeDay = (raw: string): string | undefined => normalizeDate(raw)?.slice(0, 10);
  const headDay = new Set(unranked.map((t) => timeDay(t.datetime))).size > 1 ? headlineDate(s.headRuns ?? [])?.slice(0, 10) ?? null : null;
  for (const t of [...times.filter((x) => rankTime(x.hint) === 0), ...headlineTimeFirst(unranked, headDay, timeDay)]) {
    if (rankTime(t.hint) === 0 || !updatedDay(t.datetime)) tries.push({ value: t.datetime, source: '<time datetime>' });
  }
  const inUrl = dateFromUrl(url);
  const machine = firstDate(tries, now, notes, updatedDays);
  const raw = machine?.source === '<time datetime>' ? times.find((t) => normalizeDate(t.datetime) === machine.value)?.datetime : undefined;
  const dayFirst = machine && raw ? dayFirstByPage(machine.value, raw, s.times.map((t) => t.datetime)) : null;
  if (dayFirst) return { value: dayFirst, source: '<time datetime> (day first, as the page writes it elsewhere)' };
  if (machine) return inUrl ? localDay(machine, inUrl) : machine;
  // What the page shows is read only when nothing machine-readable states the date (it costs a date parse per run).
  tries.length = 0;
  const originally = originallyPublished(s.originally ?? []);
  if (originally) tries.push({ value: originally, source: 'stated "originally published" date' });
  const head = headlineDate(s.headRuns ?? []);
  if (head) tries.push({ value: head, source: 'date by the headline' });
  for (const t of s.visibleDates ?? []) {
    if (MODIFIED_HINT.test(t.hint) || /updated/i.test(t.datetime)) continue;
    // "3 days ago" names a day only against the crawl time.
    const ago = agoFromCrawl(t.datetime, now);
    tries.push(ago ? { value: ago, source: `visible date "${t.datetime}" counted back from the crawl time` } : { value: t.datetime.replace(/^(?:published|posted|date)(?:\s+on)?\s*:?\s*/i, ''), source: 'visible date' });
  }
  if (inUrl) tries.push({ value: inUrl, source: 'date in url' });
  const shown = firstDate(tries, now, notes, updatedDays);
  // "03/10/2023" was read month first; the URL's "/2023/october/03/" says which number is the day.
  if (shown && inUrl && swapped(shown.value) === inUrl) return { value: inUrl, source: `${shown.source} (day and month as in the url)` };
  return shown;
}

/** The date with day and month exchanged, when both could be either; else null. */
function swapped(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m && Number(m[3]) <= 12 && m[2] !== m[3] ? `${m[1]}-${m[3]}-${m[2]}` : null;
}

/** The first candidate that is a date, not after the crawl, and not a day the page labels "Updated". */
function firstDate(tries: readonly Candidate[], now: string | undefined, notes: string[], updatedDays: ReadonlySet<string | undefined>): Candidate | null {
  let visibleSeen = false;
  for (const t of tries) {
    const iso = normalizeDate(t.value);
    if (!iso) continue;
    // Only the page's first visible date speaks for it; later ones belong to teasers and comments.
    if (t.source === 'visible date' && visibleSeen) continue;
    if (t.source === 'visible date') visibleSeen = true;
    if ((t.source === 'date by the headline' || t.source === 'visible date') && updatedDays.has(iso.slice(0, 10))) continue;
    if (isAfter(iso, now)) {
      notes.push(`published: ignored ${iso} from ${t.source} (after the crawl date ${now})`);
      continue;
    }
    return { value: iso, source: t.source };
  }
  return null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A CMS that stamps the last save as both datePublished and dateModified (or a datePublished after the
 * dateModified) has lost the original date; the
 * dateline the page shows by its headline, when it is earlier, is the publication date. (More than a day
 * earlier: a day's difference may be the time zone of a page that was never updated.)
 */
function republished(published: Candidate | null, modified: Candidate | null, s: PageSignals, now: string | undefined): Candidate | null {
  // Published on or after the modified day: both stamp the last save (a later "published" is impossible).
  if (!published || !modified || published.value.slice(0, 10) < modified.value.slice(0, 10)) return published;
  if (/headline|visible|url/.test(published.source)) return published;
  const head = headlineDate(s.headRuns ?? []);
  if (!head || isAfter(head, now)) return published;
  const gap = Date.parse(published.value.slice(0, 10)) - Date.parse(head.slice(0, 10));
  return gap > DAY ? { value: head, source: `date by the headline (${published.source} equals the modified date)` } : published;
}

/**
 * A timestamp stated in UTC ("2025-12-19T02:41:41+00:00") falls on the next or previous calendar day for
 * much of the world. The day in the article's URL was fixed by the CMS at publication, in the outlet's own
 * time zone: it replaces the timestamp when it is a day some time zone (UTC−12 to UTC+14) allows. (A date
 * shown by the headline is not used for this: templates often show the modified date there.)
 */
export function localDay(published: Candidate, urlDay: string): Candidate {
  if (!/T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:00)$/.test(published.value)) return published;
  const instant = Date.parse(published.value);
  if (!Number.isFinite(instant) || urlDay === published.value.slice(0, 10)) return published;
  const allowed = [new Date(instant - 12 * HOUR), new Date(instant + 14 * HOUR)].map((d) => d.toISOString().slice(0, 10));
  return allowed.includes(urlDay) ? { value: urlDay, source: `${published.source} (local day from the url)` } : published;
}

const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|edited|reviewed)(?:\s+on)?\s*:?$/i;

/** Runs this far after the headline (or before it) may hold its dateline. */
const DATELINE_AFTER = 30;
const DATELINE_BEFORE = 8;

/**
 * The publication date written next to the headline: the nearest text run after the <h1> (then before
 * it) that is only a date, optionally labelled "Published". A run labelled "Updated" is not a publication
 * date and is passed over.
 */
export function headlineDate(runs: readonly { text: string; offset: number }[]): string | null {
  const near = runs
    .filter((r) => r.offset >= -DATELINE_BEFORE && r.offset <= DATELINE_AFTER && /\d{4}/.test(r.text))
    .sort((a, b) => (a.offset > 0 ? a.offset : 1000 - a.offset) - (b.offset > 0 ? b.offset : 1000 - b.offset));
  for (const r of near) {
    // "<span>Updated</span> <time>Feb. 27, 2025</time>": the label sits in the run before the date.
    if (UPDATED_LABEL.test(runs.find((x) => x.offset === r.offset - 1)?.text ?? '')) continue;
    // "December 18, 2025 ・ 3 min read", "By Ann Lee • March 12, 2025", "Essay - Published: 2025.12.17":
    // the date is one of the pieces.
    for (const piece of r.text.split(/\s+[•·|・\-–—]\s+|\s*[•・]\s*/)) {
      const d = dateLine(piece);
      if (d?.kind === 'published') return d.date;
      if (d) break;
    }
  }
  return null;
}

function rankTime(hint: string): number {
  if (/datePublished|pubdate|publish/i.test(hint)) return 0;
  return 1;
}

function chooseModified(s: PageSignals, ld: JsonLdArticle | null): Candidate | null {
  const tries: Candidate[] = [];
  if (ld?.dateModified) tries.push({ value: ld.dateModified, source: 'json-ld dateModified' });
  for (const key of MODIFIED_META) for (const v of s.meta.get(key) ?? []) tries.push({ value: v, source: `meta ${key}` });
  for (const t of s.times) if (MODIFIED_HINT.test(t.hint)) tries.push({ value: t.datetime, source: '<time datetime>' });
  for (const t of tries) {
    const iso = normalizeDate(t.value);
    if (iso) return { value: iso, source: t.source };
  }
  return null;
}

// A run that is only a byline label; the name is the next run ("<span>By</span> <a>Ann Lee</a>").
const BY_LABEL = /^(?:(?:written|posted|reported|authored|article|story|words|text|recipe)\s+)?by\s*:?$|^(?:authors?|contributors?|written by)\s*:?$/i;
// A run that is a whole byline. Reviewers, editors and photographers are not the article's authors.
const BY_RUN = /^by(?:\s*:\s*|\s+)\S/i;

const BY_RUN_LEAD = /^by\s*:?\s*/i;
// A login handle alone: one lower-case token with a letter, not a word a sentence puts after "by".
const BY_HANDLE = /^(?!(?:the|a|an|default|email|phone|mail|hand|far|now|then|way|date|name|category|price|popularity|relevance)$)(?=[\p{Ll}\d._-]*\p{Ll})[\p{Ll}\d._-]{3,30}$/u;

/** The byline written next to the headline, from the text runs around the first <h1>. */
export function headlineByline(runs: readonly { text: string; offset: number }[]): string[] {
  const near = runs
    .filter((r) => r.offset >= -DATELINE_BEFORE && r.offset <= DATELINE_AFTER)
    .sort((a, b) => (a.offset > 0 ? a.offset : 1000 - a.offset) - (b.offset > 0 ? b.offset : 1000 - b.offset));
  for (const r of near) {
    let raw: string | null = null;
    if (BY_LABEL.test(r.text)) raw = runs.find((x) => x.offset === r.offset + 1)?.text ?? null;
    else if (BY_RUN.test(r.text) && r.text.length <= 100) raw = r.text;
    if (!raw) continue;
    // Names are capitalised; prose after "by" is not. A lone lower-case login handle ("by ibby") is a name too.
    const all = cleanAuthors([raw]);
    const names = all.length === 1 && BY_HANDLE.test(raw.replace(BY_RUN_LEAD, '')) ? all : all.filter((n) => /\p{Lu}/u.test(n));
    if (names.length > 0) return names;
  }
  return [];
}

const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Ann Lee", "A. J. Neal", "Marna van der Merwe": two to five words, first and last capitalised. */
function personLike(name: string): boolean {
  const w = name.split(/\s+/);
  return w.length >= 2 && w.length <= 5 && /^\p{Lu}/u.test(w[0] ?? '') && /^\p{Lu}/u.test(w[w.length - 1] ?? '') && !/\d/.test(name);
}

/** A login handle ("andrew.keaveney", "kffnirmitap"), not a written name. */
function isHandle(name: string): boolean {
  return !/\s/.test(name) && (/[._\d]/.test(name) || !/\p{Lu}/u.test(name));
}

// Words of a job title or an institution, which a byline's list may carry after the persons ("Shipping Expert",
// "Harvard Chan Magazine"): such a list is not a list of authors.
const ROLE_OR_BODY = /\b(?:expert|specialist|managing|magazine|journal|news|editor|editorial|writer|reporter|correspondent|contributor|staff|team|desk|director|manager|officer|president|founder|ceo|dietitian|nutritionist|consultant|analyst|advis[eo]r|coach|trainer|lead|head|chief|member|association|institute|university|college|school|department|cent(?:er|re)|press|media|group|inc|llc|ltd)\b/i;

/**
 * A later source that names the chosen authors and more, all of them written names, is the full byline:
 * JSON-LD and meta tags often credit only the first of several authors ("Written by Dr Marna van der Merwe,
 * Dr Dieter Veldsman, Erik van Vulpen" against a JSON-LD "Marna van der Merwe").
 */
function fuller(chosen: AuthorCandidate, found: readonly AuthorCandidate[]): AuthorCandidate {
  const keys = chosen.names.map(nameKey);
  const covers = (c: AuthorCandidate): boolean =>
    c.names.length > chosen.names.length && keys.every((k) => c.names.some((n) => nameKey(n).endsWith(k))) && c.names.every((n) => personLike(n) && !ROLE_OR_BODY.test(n));
  // "Dylan Bailey", "FAND Dylan Bailey": one person written twice, not two authors.
  const distinct = (c: AuthorCandidate): boolean => c.names.every((n, i) => c.names.every((m, j) => i === j || !nameKey(n).endsWith(nameKey(m))));
  const more = found.find((c) => c !== chosen && covers(c) && distinct(c));
  return more ? { names: more.names, source: `${more.source} (names more authors than ${chosen.source})` } : chosen;
}

/**
 * A "By" line under the headline naming other persons than JSON-LD or a meta tag: the structured value then
 * holds the CMS account that posted the page (an editor, the uploader), the byline the writer readers see.
 * Only lines after the headline count; those before it belong to teasers of other articles.
 */
function shownInstead(chosen: AuthorCandidate, runs: readonly { text: string; offset: number }[], isOrg: (n: string) => boolean): AuthorCandidate | null {
  const shown = headlineByline(runs.filter((r) => r.offset > 0));
  if (shown.length === 0 || !shown.every((n) => personLike(n) && !isOrg(n))) return null;
  const keys = chosen.names.map(nameKey);
  if (shown.some((n) => keys.some((k) => k.includes(nameKey(n)) || nameKey(n).includes(k)))) return null;
  return { names: shown, source: `byline by the headline (${chosen.source} names someone else)` };
}

/**
 * Byline elements repeat across a page (sidebars, related posts, comments): when the first one names nobody
 * written in the runs under the headline and a later one does (usually because it sits there), the later one
 * is the article's.
 */
function underHeadline(first: AuthorCandidate, found: readonly AuthorCandidate[], runs: readonly { text: string; offset: number }[]): AuthorCandidate {
  if (first.source !== 'byline') return first;
  const near = new Set(runs.filter((r) => r.offset > 0 && r.offset <= DATELINE_AFTER).map((r) => nameKey(r.text)));
  const written = (c: AuthorCandidate): boolean => c.names.some((n) => near.has(nameKey(n)));
  if (written(first)) return first;
  const later = found.find((c) => c !== first && c.source === 'byline' && written(c) && c.names.every(personLike));
  return later ? { names: later.names, source: 'byline (the one under the headline)' } : first;
}

interface AuthorCandidate {
  names: string[];
  source: string;
}

/**
 * Authors, from the first source that names a person. JSON-LD and meta tags come first, but an author
 * that is the outlet itself (an Organization, or the site's name) or a login handle gives way to a person
 * named in a visible byline; with no person anywhere, it is kept.
 */
function chooseAuthors(s: PageSignals, ld: JsonLdArticle | null, siteNames: readonly string[]): { names: string[]; source: string } {
  const orgs = new Set([...(ld?.organizationAuthors ?? []), ...siteNames].map(nameKey).filter(Boolean));
  const candidates: { names: string[]; source: string }[] = [];
  if (ld && ld.authors.length > 0) candidates.push({ names: cleanAuthors(ld.authors), source: 'json-ld author' });
  for (const key of AUTHOR_META) {
    const values = s.meta.get(key);
    if (values) candidates.push({ names: cleanAuthors(key === 'citation_author' ? values.map(citationName) : values), source: `meta ${key}` });
  }
  // Slack-style unfurl labels: twitter:label1 "Written by", twitter:data1 the name.
  for (const i of [1, 2]) {
    if (/^(?:written by|author)$/i.test(s.meta.get(`twitter:label${i}`)?.[0] ?? '')) {
      candidates.push({ names: cleanAuthors(s.meta.get(`twitter:data${i}`) ?? []), source: `meta twitter:data${i}` });
    }
  }
  candidates.push({ names: headlineByline(s.headRuns ?? []), source: 'byline by the headline' });
  for (const w of s.writtenBy ?? []) candidates.push({ names: cleanAuthors([w]), source: '"written by"' });
  // Pages repeat author boxes (bio, "more by", comment authors): the first byline that names someone is the
  // one. A long byline element is an author bio box, whose sentences split into false names.
  for (const b of s.bylines) if (b.length <= 120) candidates.push({ names: cleanAuthors([b]), source: 'byline' });
  const found = candidates.filter((c) => c.names.length > 0);
  const isOrg = (n: string): boolean => {
    const k = nameKey(n);
    return [...orgs].some((o) => k === o || (o.length >= 4 && k.startsWith(o)));
  };
  const weak = (c: { names: string[] }): boolean => c.names.every((n) => isOrg(n) || isHandle(n));
  // The last resort (and the costliest: it parses dates), read only when no source so far names a person.
  if (!found.some((c) => !weak(c))) {
    const notNames = [s.titleTag, ...(s.h1s ?? []), ...(s.meta.get('og:title') ?? []), ...siteNames].filter((x): x is string => !!x);
    const names = nameByDate(s.headRuns ?? [], notNames);
    if (names.length > 0) found.push({ names, source: 'name next to the date by the headline' });
  }
  const first = found[0] ? underHeadline(fuller(found[0], found), found, s.headRuns ?? []) : undefined;
  const shown = first && /^(?:json-ld|meta)/.test(first.source) ? shownInstead(first, s.headRuns ?? [], isOrg) : null;
  if (shown) return shown;
  // Persons credited with their outlet ("Manoj Jain", "Jagpreet Chhatwal", "The Commercial Appeal"): the
  // outlet is the publisher, not a further author.
  if (first && !weak(first) && first.names.some(isOrg)) return { ...first, names: first.names.filter((n) => !isOrg(n)) };
  if (!first) return { names: [], source: 'byline' };
  // The first source names the outlet or a handle: a later one that names a person (two or more
  // capitalised words) is the byline readers see.
  const chosen = weak(first) ? (found.find((c) => !weak(c) && c.names.some(personLike)) ?? first) : first;
  const listed = coAuthors(chosen.names, s.headRuns ?? []);
  if (listed !== chosen.names) return { names: listed, source: `${chosen.source} (co-authors listed with it under the headline)` };
  const names = completedNames(chosen.names, s.headRuns ?? []);
  return names === chosen.names ? chosen : { names, source: `${chosen.source} (full name from the headline's byline)` };
}

function chooseSite(s: PageSignals, ld: JsonLdArticle | null, url: string | null): Candidate | null {
  const og = firstMeta(s, SITE_META);
  if (og && !(og.key === 'twitter:site' && /^@/.test(og.value) && ld?.publisher)) {
    return { value: og.key === 'twitter:site' ? og.value.replace(/^@/, '') : og.value, source: og.key };
  }
  if (ld?.publisher) return { value: ld.publisher, source: 'json-ld publisher' };
  const host = hostOf(url);
  return host ? { value: host, source: 'url host' } : null;
}

const titleKey = (s: string): string => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');

function titleWords(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The <h1> that restates the page's declared title (most of the shorter one's words in the other), or
 * null. Logo and section-name h1s share no words with the title and are passed over.
 */
export function headlineH1(declared: string | null, h1s: readonly string[], sites: readonly string[] = []): string | null {
  if (!declared) return null;
  const siteKeys = new Set(sites.map(titleKey).filter(Boolean));
  const t = titleWords(declared);
  let best: string | null = null;
  let bestShare = 0.6;
  let bestShared = 0;
  for (const raw of h1s) {
    const h = normalizeInline(raw);
    if (!h || h.length > 300) continue;
    const w = titleWords(h);
    if (w.size === 0) continue;
    let shared = 0;
    for (const x of w) if (t.has(x)) shared++;
    const share = shared / Math.min(w.size, t.size);
    // A one-word h1 inside a long title, or one that is the site's name, is a logo or section label.
    if ((w.size === 1 && t.size > 3) || siteKeys.has(titleKey(h))) continue;
    // Ties go to the h1 sharing more words, then to the first: a later one restating the headline (a shorter
    // teaser or sticky-header copy, "…for your Home") is not the headline.
    const better = best === null ? share >= bestShare : share > bestShare || (share === bestShare && shared > bestShared);
    if (better && (shared >= 2 || w.size === 1)) {
      best = h;
      bestShare = share;
      bestShared = shared;
    }
  }
  return best;
}

const TITLE_HINT = /(?:^|[\s_-])(?:entry-title|post-title|article-title|article__title|headline|title)(?:[\s_-]|$)|articletitle|[a-z]title(?:[\s_-]|$)/;

/** The page's one h1 when its class or itemprop names it the title ("entry-title", "headline") and it reads like one. */
export function markedHeadline(s: PageSignals, sites: readonly string[]): string | null {
  const h1s = s.h1s ?? [];
  const hints = s.h1Hints ?? [];
  if (h1s.length !== 1 || !TITLE_HINT.test(hints[0] ?? '')) return null;
  const h = normalizeInline(h1s[0] ?? '');
  const words = h.split(/\s+/).length;
  if (words < 4 || h.length > 200 || sites.some((x) => titleKey(x) === titleKey(h))) return null;
  return h;
}

/**
 * A JSON-LD headline cut off by the CMS (schema.org advises 110 characters) is replaced by the meta or
 * <title> text it is the start of.
 */
function untruncated(ld: Candidate, others: readonly (string | null | undefined)[]): Candidate {
  const k = ld.value.trim();
  for (const o of others) {
    if (o && o.length > k.length + 3 && o.startsWith(k) && /^[\p{L}\p{N}]/u.test(o.slice(k.length).trim())) return { value: o, source: `${ld.source} (completed from the meta title)` };
  }
  return ld;
}

/**
 * The first title meta value that is not just the site's name (some pages give og:title twice, the first
 * time as the brand: "Robomow", then the headline).
 */
function titleMeta(s: PageSignals, siteNames: readonly (string | null | undefined)[]): { key: string; value: string } | null {
  const sites = new Set(siteNames.filter((x): x is string => !!x).map(titleKey));
  for (const key of TITLE_META) for (const value of s.meta.get(key) ?? []) if (value && !sites.has(titleKey(value))) return { key, value };
  return firstMeta(s, TITLE_META);
}

/** An all-capitals h1 (often typed that way for styling) takes the casing of the same words in the meta title. */
export function casedLike(h1: string, declared: string | null): string {
  if (!declared || /\p{Ll}/u.test(h1) || h1.toLowerCase() !== declared.toLowerCase()) return h1;
  return declared;
}

export function chooseMetadata(s: PageSignals, declared: { url?: string; published?: string }, now?: string): HtmlMetadata {
  const notes: string[] = [];
  const ld = articleFromJsonLd(s.jsonLd);
  const url = chooseUrl(s, ld, declared.url);
  let site = chooseSite(s, ld, url?.value ?? null);
  const metaTitle = titleMeta(s, [site?.value, ...(s.meta.get('og:site_name') ?? [])]);
  const rawTitle: Candidate | null = ld?.headline
    ? untruncated({ value: ld.headline, source: 'json-ld headline' }, [metaTitle?.value, s.titleTag])
    : ((m) => (m ? { value: m.value, source: `meta ${m.key}` } : null))(metaTitle) ??
      (s.titleTag ? { value: s.titleTag, source: '<title>' } : null) ??
      (s.h1 ? { value: s.h1, source: '<h1>' } : null);
  const sites = [site?.value, ld?.publisher, hostOf(url?.value ?? null), hostLabel(url?.value ?? null), ...(s.meta.get('og:site_name') ?? [])].filter(
    (x): x is string => !!x,
  );
  const bare = rawTitle ? splitTitle(rawTitle.value, { sites }) : null;
  const siteParts = bare?.site ?? null;
  const h1s = s.h1s ?? (s.h1 ? [s.h1] : []);
  const h1Sites = siteParts ? [...sites, siteParts] : sites;
  // The h1 that restates the chosen title, or else one the <title> states word for word (an og:title may be a
  // social-media rewrite).
  // Any other declared title counts too: some pages give og:title twice, the second time as the headline.
  const statedH1 = (): string | null => {
    const stated = new Set(
      [s.titleTag, ...TITLE_META.flatMap((k) => s.meta.get(k) ?? [])]
        .filter((v): v is string => !!v && v !== rawTitle?.value)
        .map((v) => titleKey(splitTitle(v, { sites }).title)),
    );
    stated.delete('');
    return h1s.find((h) => stated.has(titleKey(h))) ?? null;
  };
  const headline = headlineH1(bare?.title ?? null, h1s, h1Sites) ?? (h1s.length > 0 ? statedH1() : null);
  const split = rawTitle ? splitTitle(rawTitle.value, { sites, h1: headline ?? s.h1 }) : null;
  let title = split?.title ?? null;
  // The visible headline is what the page calls the article; the meta title is often an SEO variant of it.
  // An all-capitals h1 is styled, not written: a meta title in ordinary case is the same headline as written
  // ("BEST DRIP COFFEE MAKER IN 2026: …" against "Best Drip Coffee Maker 2026: …").
  const styled = !!headline && !/\p{Ll}/u.test(headline) && /\p{Ll}/u.test(title ?? '');
  if (headline && rawTitle && rawTitle.source !== '<h1>' && headline !== title && !styled) {
    // The h1 may carry the site name or a trailer too ("Headline – Site"); it is split by the same rules.
    const declaredTitle = title;
    title = withoutHeadlineExtras(casedLike(splitTitle(headline, { sites }).title, declaredTitle), declaredTitle);
    rawTitle.source = `<h1> (agrees with ${rawTitle.source})`;
  }
  // Some CMSs escape twice; "&#x26;" left in a title is an ampersand. Others store UTF-8 read as Latin-1.
  if (title && /&(?:#x?[\da-f]+|[a-z]+);/i.test(title)) title = decodeHTML(title);
  if (title) title = repairMojibake(title);
  // An h1 marked up as the entry's title is the visible headline even when the meta title is an SEO rewrite.
  const marked = headline ? null : markedHeadline(s, siteParts ? [...sites, siteParts] : sites);
  if (marked && title !== marked) {
    title = marked;
    if (rawTitle) rawTitle.source = '<h1> marked as the entry title';
  }
  // The headline as written, when the template changed its typography or a wrong decoding lost characters.
  if (title && rawTitle?.source.startsWith('<h1>')) {
    const stored = [s.meta.get('og:title')?.[0], s.titleTag].map((v) => (v ? splitTitle(v, { sites, h1: title }).title : null));
    title = restoreLostCharacters(typedAsDeclared(title, stored), stored[0] ?? stored[1] ?? null);
  }
  if (title) title = asciiPunctuation(title);
  // With no site named anywhere else, the part removed from the title is the outlet's name.
  if ((!site || site.source === 'url host') && split?.site) site = { value: split.site, source: 'title suffix' };
  const modified = chooseModified(s, ld);
  const published = republished(choosePublished(s, ld, url?.value ?? null, now, notes), modified, s, now);
  const authors = chooseAuthors(s, ld, [site?.value, ld?.publisher, ...(s.meta.get('og:site_name') ?? [])].filter((x): x is string => !!x));
  const declaredLanguage = ld?.language ?? s.htmlLang ?? firstMeta(s, ['og:locale', 'content-language', 'dc.language', 'language'])?.value ?? null;

  if (url) notes.push(`url: ${url.source}`);
  if (title && rawTitle) notes.push(`title: ${rawTitle.source}${title !== normalizeInline(rawTitle.value) ? ' (site name removed)' : ''}`);
  if (authors.names.length > 0) notes.push(`authors: ${authors.source}`);
  if (published) notes.push(`published: ${published.source}`);
  if (modified && modified.value !== published?.value) notes.push(`modified: ${modified.value} (${modified.source})`);
  if (site) notes.push(`site: ${site.source}`);
  return {
    url: url?.value ?? null,
    title: title || null,
    authors: authors.names,
    published: published?.value ?? null,
    modified: modified?.value ?? null,
    site: site?.value ?? null,
    declaredLanguage,
    notes,
  };
}
