// Actors (people, organisations, governments and ministries, countries, alliances, places) and every
// mention of them, with aliases merged within one text.
//
// Documented rules:
// - Metonymy. A capital city in a speaker/agent position stands for its country's government and is a
//   mention of the country actor (alias recorded): followed by a verb ("Moscow objected", "Washington
//   refuses", "Kiev, Donetsk and Lugansk are named"), possessive with a non-place noun ("Moscow's
//   response"), the object of a directive verb ("calls on Washington", "force Kiev") or a partner after
//   with/against/between/by. Elsewhere ("the American embassy in Moscow", "the regime in Kiev") it is a
//   place: an actor of kind 'place' that is part of the country.
// - Countries are type 'location', kind 'country', code ISO 3166-1 alpha-2; "the Russian side", "the
//   Russian authorities" and metonymic capitals are mentions of the country. Adjectives alone
//   ("Russian troops") are not actors.
// - Ministries get the canonical name "<Demonym> <Function>" ("Russian Foreign Ministry"; US bodies
//   "US State Department"), kind 'ministry', partOf the country. An unqualified "the Foreign Ministry"
//   is the qualified one of the same function named elsewhere in the text; failing that, the text's most
//   mentioned country's (if named at least twice), else a country-less "Foreign Ministry".
// - Descriptions refer back to the most recent compatible actor: "the ministry"/"the department" → the
//   last ministry, "the alliance" → the last alliance, "(the) diplomats" (as agents) → the last foreign
//   ministry, "the diplomat"/"the expert" (as agents) → the last person whose role fits, else the last person.
// - Ids are slugs of canonical names, so the same actor has the same id in every article.

import type { Actor, ActorKind, ActorType, Mention, Span } from '../types.js';
import { CAPITALS, CAPITAL_CANONICAL, COUNTRY_BY_CODE, COUNTRY_NAMES, DEMONYMS, REGIONS } from './lexicon/countries.js';
import { MINISTRY_FORMS, NON_ACTOR_HEADS, ORG_HEADS, ORG_NAMES, ministryFunction } from './lexicon/organizations.js';
import type { OrgEntry } from './lexicon/organizations.js';
import { KNOWN_PEOPLE } from './lexicon/people.js';
import { CITIES, US_STATES } from './lexicon/places.js';
import { DIPLOMAT_ROLE, EXPERT_ROLE, NOT_NAME, ROLE_HEADS } from './lexicon/words.js';
import { CALENDAR_WORDS, COMPASS, EXTRA_ORG_HEADS, EXTRA_ORGS, FAMILY_NAME_FIRST, GIVEN_NAMES, MEDIA_HEADS, NAME_SUFFIXES, NOT_LONE, NOT_ORG_PLURALS, NOT_STATE_HEAD, ORG_AFTER, ORG_BEFORE, PLACE_AFTER, PLACE_HEADS, PLACE_OF_NOUNS, TEAM_NICKNAMES, TEAMS_ALONE } from './actor-lexicon.js';
import { findDatelines, stateAfter, stateName } from './actor-places.js';
import { slug } from './slug.js';
import { isCapitalized, isNameShaped, tokenize } from './tokens.js';
import type { Token } from './tokens.js';

export interface ActorFinding {
  actors: Actor[];
  mentions: Mention[];
}

const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'de', 'von', 'van', 'al', 'bin', 'der', 'du', 'la', 'del', 'y']);
const CITY_NOUNS = /^(?:mayor|streets?|residents?|airports?|cent(?:er|re)|suburbs?|metro|region|outskirts|districts?|squares?|hotels?|citizens|inhabitants|population|city|skyline|river)$/;
const AGENT_NEXT = /^(?:is|was|are|were|will|would|can|could|should|must|may|might|has|have|had|does|did|said|says|told|thinks|wants|sees|seeks|keeps|gets|makes|takes|plans|intends|hopes|fears|believes|expects|insists|demands|refuses|rejects|denies|calls|continues|remains|plays|proposes|argues|stresses|notes|warns)$/;
const ADVERBS = /^(?:also|again|once|still|already|now|then|further|repeatedly|reportedly|allegedly|officially|firmly|strongly|categorically|flatly|openly|publicly|earlier|later|previously|in|turn|not|never|really|clearly|itself|themselves)$/;
const DIRECTIVE_BEFORE = /\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|warn(?:s|ed|ing)?|told|tell(?:s|ing)?|accus(?:e|es|ed|ing)|allow(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|compel(?:s|led|ling)?|push(?:es|ed|ing)?|blam(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|support(?:s|ed|ing)?|help(?:s|ed|ing)?|with|against|between|by|said|stated|noted|added)\s+$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|to|into|around|outside|across|through|toward|towards|via)\s+$/i;
const COORDINATED_AFTER = /^(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u;
const COORDINATED_BEFORE = /(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))+$/u;

interface Pending {
  start: number;
  end: number;
  surface: string;
  /** A calendar word ("May"): a surname only of a person named in full ("Theresa May"). */
  weak?: boolean;
}

interface NamedPerson {
  actor: Actor;
  last: string;
  /** First name, when the full name starts with one (not an initial). */
  first: string | null;
  /** Where the person is first named in full. */
  at: number;
}

/** Builds actors and collects mentions; merges by id. */
class Registry {
  readonly actors = new Map<string, Actor>();
  readonly mentions: Mention[] = [];

  ensure(name: string, type: ActorType, kind: ActorKind, code: string | null, partOf: string | null, id = slug(name)): Actor {
    let a = this.actors.get(id);
    if (!a) {
      a = { id, name, type, kind, aliases: [], roles: [], code, partOf };
      this.actors.set(id, a);
    }
    return a;
  }

  mention(actor: Actor, start: number, end: number, surface: string): void {
    this.mentions.push({ start, end, actor: actor.id });
    if (surface !== actor.name && !actor.aliases.includes(surface)) actor.aliases.push(surface);
  }

  role(actor: Actor, role: string): void {
    const r = role.trim();
    if (r && !actor.roles.includes(r)) actor.roles.push(r);
  }
}

function country(reg: Registry, code: string): Actor {
  const entry = COUNTRY_BY_CODE.get(code);
  const name = entry?.name ?? code;
  return reg.ensure(name, 'location', 'country', code, null);
}

const DEMONYM_BY_CODE = new Map<string, string>();
for (const [adj, code] of Object.entries(DEMONYMS)) if (!DEMONYM_BY_CODE.has(code)) DEMONYM_BY_CODE.set(code, adj);

function ministry(reg: Registry, fn: string, code: string | null): Actor {
  if (!code) return reg.ensure(fn, 'organization', 'ministry', null, null);
  const qualifier = code === 'US' ? 'US' : (DEMONYM_BY_CODE.get(code) ?? COUNTRY_BY_CODE.get(code)?.name ?? code);
  return reg.ensure(`${qualifier} ${fn}`, 'organization', 'ministry', null, country(reg, code).id);
}

function org(reg: Registry, entry: OrgEntry): Actor {
  const partOf = entry.partOf ?? (entry.country ? country(reg, entry.country).id : null);
  return reg.ensure(entry.name, 'organization', entry.kind, entry.code, partOf);
}

// ── per-word facts ──────────────────────────────────────────────────────
// Every check on a single word is computed once per distinct word and remembered: the finder asks the
// same questions about the same capitalised words many times per text, and across texts.

/** First word of a lexicon phrase → the most tokens a phrase starting with it has; a phrase is looked
 * up only for spans no longer than that, so spans that cannot be in any lexicon build no string. */
const LEXICON_FIRST = new Map<string, number>();
/** The same, for the written forms of ministries alone ("Russian" + "Foreign Ministry"). */
const MINISTRY_FIRST = new Map<string, number>();

function indexPhrase(index: Map<string, number>, phrase: string): void {
  const toks = tokenize(phrase);
  if (toks.length === 0) return;
  const first = toks[0]!.text;
  index.set(first, Math.max(index.get(first) ?? 0, toks.length));
}
for (const names of [ORG_NAMES.keys(), COUNTRY_NAMES.keys(), Object.keys(CAPITALS), US_STATES, CITIES, REGIONS, MINISTRY_FORMS.keys(), EXTRA_ORGS.keys(), TEAMS_ALONE]) {
  for (const n of names) indexPhrase(LEXICON_FIRST, n);
}
for (const n of MINISTRY_FORMS.keys()) indexPhrase(MINISTRY_FIRST, n);

interface WordInfo {
  /** Starts with an upper-case letter. */
  cap: boolean;
  lower: string;
  roleHead: boolean;
  lexicon: boolean;
  nameToken: boolean;
  connector: boolean;
  orgHead: boolean;
  /** Country code of a country name or demonym. */
  code: string | null;
  /** Longest lexicon phrase starting with this word, in tokens (0: none). */
  lexFirst: number;
  /** Longest ministry form starting with this word, in tokens (0: none). */
  ministryFirst: number;
  acronym: boolean;
  /** Stops a role before a name from reaching further back (see roleBefore). */
  notRoleWord: boolean;
  /** A common given name ("Theresa", "Jeb"). */
  given: boolean;
  /** Ends a place's name ("County", "City"). */
  placeHead: boolean;
  /** A day, month, holiday or other calendar word ("May", "Year"). */
  calendar: boolean;
  /** May be part of a place's name (see placeWord). */
  placeWord: boolean;
  /** In the closed list of capitalised words that are never part of a name. */
  notName: boolean;
}

const WORD_INFO = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  let info = WORD_INFO.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  const roleHead = ROLE_HEADS.has(lower);
  const lexicon = isLexiconWord(w);
  const cap = isCapitalized(w);
  const calendar = CALENDAR_WORDS.has(w);
  const notName = NOT_NAME.has(w);
  info = {
    cap,
    lower,
    roleHead,
    lexicon,
    nameToken: !notName && !roleHead && !lexicon && !calendar && !PARTY_WORDS.has(w) && isNameShaped(w),
    connector: CONNECTORS.has(w),
    orgHead: ORG_HEADS.has(w) || EXTRA_ORG_HEADS.has(w),
    code: countryCodeOf(w),
    lexFirst: LEXICON_FIRST.get(w) ?? 0,
    ministryFirst: MINISTRY_FIRST.get(w) ?? 0,
    acronym: /^\p{Lu}{2,6}\d?$/u.test(w),
    notRoleWord: !roleHead && !(w in DEMONYMS) && !COUNTRY_NAMES.has(w) && !ORG_NAMES.has(w),
    given: GIVEN_NAMES.has(w),
    placeHead: PLACE_HEADS.has(w),
    calendar,
    // Capitalised, not a role, date, demonym or function word (compass words may start a place: "North Augusta").
    placeWord: cap && w.length > 1 && !roleHead && !calendar && !PARTY_WORDS.has(w) && (!notName || COMPASS.has(w) || REGIONS.has(w) || /^(?:Northern|Southern|Eastern|Western|Central)$/.test(w)) && !(w in DEMONYMS && !COUNTRY_NAMES.has(w)),
    notName,
  };
  // A bounded memo: long runs over many texts must not grow it without end.
  if (WORD_INFO.size >= 50000) WORD_INFO.clear();
  WORD_INFO.set(w, info);
  return info;
}

interface WToken extends Token {
  /** Filled on first use: most tokens are lower-case words that never need it. */
  info: WordInfo | null;
}

function infoOf(t: WToken): WordInfo {
  return t.info ?? (t.info = wordInfo(t.text));
}

// Cheap forms of the per-word tests for the checks made on every token (ASCII first, the Unicode
// pattern only for other characters): the same answers as the patterns.
function capital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : isCapitalized(w);
}

function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(w);
}

function allLowerCase(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return /^\p{Ll}+$/u.test(w);
    if (c < 97 || c > 122) return false;
  }
  return w.length > 0;
}

/** The last token q such that toks[p..q] is one phrase (joined by spaces, no possessive inside). */
function phraseEnd(toks: Token[], p: number): number {
  let q = p;
  while (q + 1 < toks.length && toks[q + 1]!.joined && !toks[q]!.possessive) q++;
  return q;
}

function phraseOf(text: string, toks: Token[], i: number, j: number): string | null {
  for (let k = i + 1; k <= j; k++) if (!toks[k]!.joined || toks[k - 1]!.possessive) return null;
  return text.slice(toks[i]!.start, toks[j]!.end);
}

function countryCodeOf(word: string): string | null {
  return COUNTRY_NAMES.get(word)?.code ?? DEMONYMS[word] ?? null;
}

function isLexiconWord(w: string): boolean {
  return (
    COUNTRY_NAMES.has(w) || w in DEMONYMS || w in CAPITALS || REGIONS.has(w) || ORG_NAMES.has(w) || US_STATES.has(w) || CITIES.has(w) ||
    ORG_HEADS.has(w) || NON_ACTOR_HEADS.has(w) || EXTRA_ORG_HEADS.has(w)
  );
}

function isNameToken(t: WToken): boolean {
  return infoOf(t).nameToken;
}

/** Whether the word at [start, end) stands where an agent stands (see the rule at the top). */
export function inAgentPosition(text: string, start: number, end: number, possessive: boolean): boolean {
  if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  let after = text.slice(end, end + 200);
  if (possessive) {
    const m = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u.exec(after);
    return !!m && !CITY_NOUNS.test(m[1]!);
  }
  for (let m = COORDINATED_AFTER.exec(after); m; m = COORDINATED_AFTER.exec(after)) after = after.slice(m[0].length);
  const words = /^[ \t]+((?:[\p{Ll}]+[ \t]+){0,3})/u.exec(after);
  if (words) {
    const list = (words[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const rest = after.slice(words[0].length);
    const next = /^\p{Ll}+/u.exec(rest)?.[0];
    const all = [...list, ...(next ? [next] : [])];
    for (const w of all) {
      if (ADVERBS.test(w)) continue;
      if (AGENT_NEXT.test(w) || /[a-z]{2,}ed$/.test(w) || (/[a-z]{3,}[^s]s$/.test(w) && !/(?:ness|ous|ss|ics)$/.test(w))) return true;
      break;
    }
  }
  let before = text.slice(Math.max(0, start - 80), start);
  const coord = COORDINATED_BEFORE.exec(before);
  if (coord) before = before.slice(0, coord.index);
  return DIRECTIVE_BEFORE.test(before);
}

/**
 * What one text's scan collects. One object of one fixed shape, passed to the small functions below (they were
 * closures inside findActors: one function that large took the optimising compiler about 700 ms a time and was
 * compiled four times per thread, deoptimised by branches not yet seen when it was first compiled).
 */
class ActorScan {
  readonly reg = new Registry();
  readonly surnames: Pending[] = [];
  readonly acronyms: Pending[] = [];
  readonly unqualified: Array<Pending & { fn: string }> = [];
  readonly persons: NamedPerson[] = [];
  /** Full names as written → person, for names in title-case headlines. */
  readonly personByName = new Map<string, Actor>();
  /** Title-case stretches (headlines) left after the lexicon: they may only name people named elsewhere. */
  readonly titleSegments: Array<{ toks: WToken[]; s: number; e: number }> = [];
  /** "the Times" after "The New York Times"; "the Reds", "the Greens": resolved once all names are known. */
  readonly mediaAliases: Pending[] = [];
  readonly thePlurals: Pending[] = [];
  /** Single- and multi-word names that a cue made an organisation or place, for their bare repetitions. */
  readonly cueNames = new Map<string, Actor>();
  readonly countryCount = new Map<string, number>();
  readonly genericOrgs: Actor[] = [];
  /** Datelines and party labels: places by their position; their words are not read again as names. */
  readonly datelines: ReturnType<typeof findDatelines>;

  constructor(readonly text: string) {
    this.datelines = findDatelines(text);
  }
}

export function findActors(text: string, sentences: Span[]): ActorFinding {
  const sc = new ActorScan(text);
  markDatelines(sc);
  for (const sentence of sentences) scanSentence(sc, sentence);
  resolveSurnames(sc);
  resolveTitleSegments(sc);
  resolveMediaAliases(sc);
  resolveThePlurals(sc);
  resolveAcronyms(sc);
  resolveUnqualified(sc);
  resolveDescriptions(text, sentences, sc.reg);
  return mentionedActors(sc.reg);
}

function markDatelines(sc: ActorScan): void {
  const { datelines, reg, text } = sc;
  for (const d of datelines) {
    const state = datelines.find((x) => x.start > d.start && x.start - d.end < 4 && stateName(x.name) !== null);
    reg.mention(state ? reg.ensure(d.name, 'location', 'place', null, country(reg, 'US').id) : placeActor(reg, d.name), d.start, d.end, text.slice(d.start, d.end));
  }
}

function inDateline(sc: ActorScan, pos: number): boolean {
  return sc.datelines.some((d) => pos >= d.start && pos < d.end);
}

function countCountry(sc: ActorScan, code: string): void {
  sc.countryCount.set(code, (sc.countryCount.get(code) ?? 0) + 1);
}

/** Every run of capitalised tokens in one sentence, analysed in turn. */
function scanSentence(sc: ActorScan, sentence: Span): void {
  const text = sc.text;
  // Fresh tokens, their info slots empty.
  const toks = tokenize(text, sentence.start, sentence.end) as WToken[];
  const titleCase = isTitleCase(toks, /[.!?]["”]?\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)));
  const checkDatelines = sc.datelines.length > 0;
  let i = 0;
  while (i < toks.length) {
    if (!capital(toks[i]!.text) || (checkDatelines && inDateline(sc, toks[i]!.start))) {
      i++;
      continue;
    }
    const j = runEnd(sc, toks, i);
    if (!inTagOrHandle(text, toks[i]!.start)) analyzeRun(sc, toks, i, j, titleCase);
    i = j + 1;
  }
}

/** The last token of the run of capitalised tokens (with inner connectors) starting at i. */
function runEnd(sc: ActorScan, toks: WToken[], i: number): number {
  let j = i;
  while (j + 1 < toks.length && toks[j + 1]!.joined && !toks[j]!.possessive) {
    const nx = toks[j + 1]!;
    if (capital(nx.text)) {
      j++;
      continue;
    }
    let k = j + 1;
    // "and" joins only inside an organisation's name ("Institute of Allergy and Infectious Diseases").
    while (k < toks.length && toks[k]!.joined) {
      const t = toks[k]!;
      if (!infoOf(t).connector && !(t.text === 'and' && orgWithOf(sc, toks, i, j) !== null && !(k + 1 < toks.length && infoOf(toks[k + 1]!).lexicon))) break;
      // "on" joins only after an organisation's head ("Council on Foreign Relations"), not "Jeff Poor on Twitter".
      if (t.text === 'on' && !hasOrgHead(toks, i, j)) break;
      k++;
    }
    // "Donald Trump on Saturday": a connector before a calendar word ends the name.
    if (k > j + 1 && k < toks.length && toks[k]!.joined && capital(toks[k]!.text) && !infoOf(toks[k]!).calendar) {
      j = k;
      continue;
    }
    break;
  }
  return j;
}

/** Hashtags and handles ("#DonaldTrump", "@POTUS", glued words split or not) are not mentions. */
function inTagOrHandle(text: string, start: number): boolean {
  let b = start;
  while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--;
  const prev = codeAt(text, b - 1);
  return prev === 35 || prev === 64;
}

/** Single names: surnames of people named in full, or known public figures. */
function resolveSurnames(sc: ActorScan): void {
  for (const p of sc.surnames) {
    const actor = single(sc, p.surface, p.start, p.weak === true, true);
    if (actor) sc.reg.mention(actor, p.start, p.end, p.surface);
  }
}

/** Headlines in title case: only people named elsewhere in the text, in full or by one name. */
function resolveTitleSegments(sc: ActorScan): void {
  const text = sc.text;
  for (const { toks, s, e } of sc.titleSegments) {
    let p = s;
    while (p <= e) {
      let q = Math.min(e, p + 3);
      let actor: Actor | undefined;
      for (; q > p && !actor; q--) {
        const ph = phraseOf(text, toks, p, q);
        actor = ph ? sc.personByName.get(ph) : undefined;
        if (actor) break;
      }
      if (!actor && isNameToken(toks[p]!)) {
        q = p;
        actor = single(sc, toks[p]!.text, toks[p]!.start, false, false);
      }
      if (actor) sc.reg.mention(actor, toks[p]!.start, toks[q]!.end, text.slice(toks[p]!.start, toks[q]!.end));
      p = actor ? q + 1 : p + 1;
    }
  }
}

/** "the Times": the newspaper named in full whose name ends so. */
function resolveMediaAliases(sc: ActorScan): void {
  for (const m of sc.mediaAliases) {
    const org = [...sc.reg.actors.values()].find((a) => a.type === 'organization' && a.name.endsWith(` ${m.surface}`));
    if (org) sc.reg.mention(org, m.start, m.end, m.surface);
  }
}

/** "the Reds", "the Greens": a group named in the plural (not "the Clintons"). */
function resolveThePlurals(sc: ActorScan): void {
  for (const m of sc.thePlurals) {
    // A family ("the Clintons", "the Bushes") or a surname ending in s ("the Sanders campaign").
    const w = m.surface;
    if ([w, w.slice(0, -1), w.slice(0, -2)].some((x) => KNOWN_PEOPLE[x] || sc.persons.some((p) => p.last === x))) continue;
    sc.reg.mention(sc.cueNames.get(m.surface) ?? sc.reg.ensure(m.surface, 'organization', 'organization', null, null), m.start, m.end, m.surface);
  }
}

/** Acronyms of organisations named in full ("RIAC" for "Russian International Affairs Council"). */
function resolveAcronyms(sc: ActorScan): void {
  if (sc.acronyms.length === 0) return;
  const orgInitials = new Map<Actor, string>();
  for (const a of sc.acronyms) {
    const o = sc.genericOrgs.find((g) => (orgInitials.get(g) ?? orgInitials.set(g, initials(g.name)).get(g)) === a.surface);
    if (o) {
      if (!o.code) o.code = a.surface;
      sc.reg.mention(o, a.start, a.end, a.surface);
    }
  }
}

/** Unqualified ministries: the qualified one of the same function, else the dominant country's. */
function resolveUnqualified(sc: ActorScan): void {
  for (const u of sc.unqualified) {
    const sameFn = [...sc.reg.actors.values()].filter((a) => a.kind === 'ministry' && a.partOf && a.name.endsWith(u.fn));
    let actor: Actor;
    if (sameFn.length >= 1) {
      actor = nearestByMention(sc, sameFn, u.start) ?? sameFn[0]!;
    } else {
      const top = [...sc.countryCount.entries()].sort((a, b) => b[1] - a[1])[0];
      actor = top && top[1] >= 2 ? ministry(sc.reg, u.fn, top[0]) : ministry(sc.reg, u.fn, null);
    }
    sc.reg.mention(actor, u.start, u.end, u.surface);
  }
}

/** The mentions, deduplicated, and the actors they name, plus the countries ministries and places belong to. */
function mentionedActors(reg: Registry): ActorFinding {
  const mentions = dedupe(reg.mentions);
  const used = new Set(mentions.map((m) => m.actor));
  for (const a of reg.actors.values()) if (used.has(a.id) && a.partOf) used.add(a.partOf);
  const actors = [...reg.actors.values()].filter((a) => used.has(a.id));
  return { actors, mentions };
}

// ── runs of capitalised tokens ──────────────────────────────────────────

function analyzeRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): void {
  // One small step per kind of run, each saying whether it took the run (see ActorScan on why small).
  if (namesDocument(sc, toks, i, j)) return;
  if (personThenOf(sc, toks, i, j, titleCase)) return;
  if (corporateRun(sc, toks, i, j)) return;
  if (headOfRun(sc, toks, i, j, titleCase)) return;
  if (cuedRun(sc, toks, i, j, titleCase)) return;
  if (personRun(sc, toks, i, j, titleCase)) return;
  lexiconScan(sc, toks, i, j, titleCase);
}

/** "Sen. Ted Cruz of Texas", "Chief Kerr Putney of the Charlotte Police Department": a person, then a place or body after "of". */
function personThenOf(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  for (let c = i + 2; c < j; c++) {
    if (toks[c]!.text !== 'of' || !isNameToken(toks[c - 1]!) || !isNameToken(toks[c - 2]!)) continue;
    let r = c + 1;
    if (toks[r]!.text === 'the') r++;
    if (r > j) break;
    const rest = phraseOf(sc.text, toks, r, j);
    if (rest && (hasOrgHead(toks, r, j) || isPlacePhrase(rest))) {
      analyzeRun(sc, toks, i, c - 1, titleCase);
      lexiconScan(sc, toks, r, j, titleCase);
      return true;
    }
  }
  return false;
}

/** "Apple Inc.", "Microsoft Corp.": a company suffix makes the whole run one organisation, its period included. */
function corporateRun(sc: ActorScan, toks: WToken[], i: number, j: number): boolean {
  if (!(j > i && CORPORATE.test(toks[j]!.text))) return false;
  const s0 = toks[i]!.text === 'The' ? i + 1 : i;
  const ph = phraseOf(sc.text, toks, s0, j);
  if (!ph || s0 >= j) return false;
  const end = sc.text[toks[j]!.end] === '.' ? toks[j]!.end + 1 : toks[j]!.end;
  const a = sc.reg.ensure(ph, 'organization', 'organization', null, null);
  sc.reg.mention(a, toks[s0]!.start, end, sc.text.slice(toks[s0]!.start, end));
  if (!sc.genericOrgs.includes(a)) sc.genericOrgs.push(a);
  return true;
}

/** "Bank of Japan", "University of Texas": an organisation head, "of", and a name (what comes before is scanned apart). */
function headOfRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  const ofOrg = orgWithOf(sc, toks, i, j);
  if (!ofOrg || matchAt(sc, toks, i, j, true) >= j - i + 1) return false;
  const [os, oe] = ofOrg;
  if (os > i) lexiconScan(sc, toks, i, os - 1, titleCase);
  const ph = phraseOf(sc.text, toks, os, oe);
  if (!ph) return false;
  const a = sc.reg.ensure(ph, 'organization', 'organization', null, null);
  sc.reg.mention(a, toks[os]!.start, toks[oe]!.end, ph);
  if (!sc.genericOrgs.includes(a)) sc.genericOrgs.push(a);
  return true;
}

/** Teams, places and organisations named by a cue; the cheap token tests keep most runs from the full ones. */
function cuedRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  const last = toks[j]!;
  const n1 = j + 1 < toks.length && toks[j + 1]!.joined ? toks[j + 1]!.text : '';
  const p1 = i > 0 && toks[i]!.joined ? toks[i - 1]!.text : '';
  if (TEAM_LAST.has(last.text) && teamRun(sc, toks, i, j, titleCase)) return true;
  if ((infoOf(last).placeHead || codeAt(sc.text, last.end) === 44 || PLACE_AFTER.has(n1) || p1 === 'of') && placeRun(sc, toks, i, j, titleCase)) return true;
  return (ORG_BEFORE.has(p1) || ORG_AFTER.has(n1) || n1 === 'news' || n1 === 'wire' || last.text.includes('.')) && cuedOrgRun(sc, toks, i, j, titleCase);
}

/**
 * Person: a block of name-shaped tokens at the end of the run, with initials ("Harry M. Reid", "K. Sivan") and a
 * suffix ("Joseph R. Biden Jr.", "Leonard Hill III"), of two names or more or after a title.
 */
function personRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  if (titleCase) return false;
  let e = j;
  let endOffset = toks[j]!.end;
  if (j > i && NAME_SUFFIXES.has(toks[j]!.text) && isNameToken(toks[j - 1]!)) {
    e = j - 1;
    if (codeAt(sc.text, endOffset) === 46 && /^[JS]r$/.test(toks[j]!.text)) endOffset++;
  }
  const nameStart = nameBlockStart(toks, i, e);
  if (nameStart > e || blockIsNotPerson(sc, toks, i, nameStart, e)) return false;
  const rolePrefix = roleBefore(sc, toks, nameStart, i);
  if (e - nameStart + 1 < 2 && !rolePrefix) return false;
  const person = addPerson(sc, toks, nameStart, e, endOffset);
  if (rolePrefix) sc.reg.role(person, rolePrefix.role);
  // The prefix may still name countries or bodies ("Deputy US Ambassador").
  if (nameStart > i) lexiconScan(sc, toks, i, nameStart - 1, true);
  return true;
}

/** First token of the name block ending at e (e + 1 when there is none). */
function nameBlockStart(toks: WToken[], i: number, e: number): number {
  let k = e;
  while (k >= i && e - k < 4 && nameLike(toks, i, k, e)) k--;
  let nameStart = k + 1;
  // "apoplectic Cheeto Donald Trump": a given name inside a longer block starts the name.
  if (e - nameStart >= 2 && !infoOf(toks[nameStart]!).given) {
    for (let g = nameStart + 1; g < e; g++) {
      if (infoOf(toks[g]!).given) {
        nameStart = g;
        break;
      }
    }
  }
  return nameStart;
}

/** A name-shaped block that is a known place or organisation ("New Hampshire"), or the tail of an
 * organisation's name after a connector ("Association for the Advancement of Colored People"). */
function blockIsNotPerson(sc: ActorScan, toks: WToken[], i: number, s: number, e: number): boolean {
  for (let q = Math.min(e, s + 3, s + infoOf(toks[s]!).lexFirst - 1); q > s; q--) {
    const ph = phraseOf(sc.text, toks, s, q);
    if (ph && (US_STATES.has(ph) || CITIES.has(ph) || REGIONS.has(ph) || COUNTRY_NAMES.has(ph) || ORG_NAMES.has(ph) || ph in CAPITALS || EXTRA_ORGS.has(ph) || TEAMS_ALONE.has(ph))) return true;
  }
  if (s > i && infoOf(toks[s - 1]!).connector) {
    for (let k = i; k < s; k++) if (infoOf(toks[k]!).orgHead) return true;
  }
  return false;
}

/** [s, e] of "(X) HEAD of (the) Y" filling the run's end, where HEAD is an organisation head. */
function orgWithOf(sc: ActorScan, toks: WToken[], i: number, j: number): [number, number] | null {
  for (let c = i + 1; c < j; c++) {
    if (toks[c]!.text !== 'of' || !infoOf(toks[c - 1]!).orgHead) continue;
    let s = c - 1;
    while (s > i && infoOf(toks[s - 1]!).cap && !infoOf(toks[s - 1]!).roleHead && toks[s - 1]!.text !== 'The') s--;
    // Ministries have their own canonical form ("Ministry of Foreign Affairs of Russia").
    for (let a = i; a < c; a++) if (ministryFunction(phraseOf(sc.text, toks, a, c - 1) ?? '') || ministryFunction(phraseOf(sc.text, toks, a, j) ?? '')) return null;
    // "Armed Forces of the Russian Federation" stays the country's (its forces are not a separate actor).
    const tail = phraseOf(sc.text, toks, toks[c + 1]!.text === 'the' ? c + 2 : c + 1, j);
    if (c - 1 > s && tail && COUNTRY_NAMES.has(tail)) return null;
    return [s, j];
  }
  return null;
}

function addPerson(sc: ActorScan, toks: WToken[], s: number, e: number, end = toks[e]!.end): Actor {
  const first = toks[s]!.text;
  const last = toks[e]!.text;
  const written = sc.text.slice(toks[s]!.start, end);
  let name = written;
  const known = KNOWN_PEOPLE[last];
  // Transliteration variants ("Sergey"/"Sergei") of a known figure share its canonical name.
  if (known && known.split(' ')[0]![0] === first[0]) name = known;
  const actor = sc.reg.ensure(name, 'person', 'person', null, null);
  sc.reg.mention(actor, toks[s]!.start, end, written);
  // A first name alone refers back only when it is a common given name ("Hillary"), not any first word ("Republican").
  if (!sc.persons.some((p) => p.actor === actor)) sc.persons.push({ actor, last, first: s < e && (infoOf(toks[s]!).given || FAMILY_NAME_FIRST.has(first)) ? first : null, at: toks[s]!.start });
  if (!sc.personByName.has(written)) sc.personByName.set(written, actor);
  apposition(sc, actor, end);
  return actor;
}

/** Whether token k belongs to a person's name block that ends at e (scanning back from e). */
function nameLike(toks: WToken[], i: number, k: number, e: number): boolean {
  const t = toks[k]!;
  const inf = infoOf(t);
  if (inf.nameToken) return true;
  if (k < e && INITIAL.test(t.text)) return true;
  // A given name that is also a place or a word, before a surname ("Jordan Fabian").
  if (k < e && inf.given) return true;
  // A surname that is also a month or a place, after a given name ("Theresa May", "Jack London").
  return (
    k === e && k > i && t.joined && infoOf(toks[k - 1]!).given && isNameShaped(t.text) && (!inf.notName || SURNAME_MONTHS.has(t.text)) && (!inf.calendar || SURNAME_MONTHS.has(t.text)) &&
    !inf.roleHead && !inf.orgHead && !(t.text in DEMONYMS) && !NON_ACTOR_HEADS.has(t.text)
  );
}

/** "New York Islanders", "Ottawa Senators": a city or state, then a team's nickname. */
function teamRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  for (let n = 2; n >= 1; n--) {
    const ns = j - n + 1;
    if (ns <= i) continue;
      const nick = phraseOf(sc.text, toks, ns, j);
    if (!nick || !TEAM_NICKNAMES.has(nick)) continue;
    for (let ps = Math.max(i, ns - 3); ps < ns; ps++) {
      const place = phraseOf(sc.text, toks, ps, ns - 1);
      if (!place || !(US_STATES.has(place) || CITIES.has(place) || REGIONS.has(place) || place in CAPITALS)) continue;
      prefixRun(sc, toks, i, ps, titleCase);
      const name = sc.text.slice(toks[ps]!.start, toks[j]!.end);
      const a = sc.reg.ensure(name, 'organization', 'organization', null, null);
      sc.reg.mention(a, toks[ps]!.start, toks[j]!.end, name);
      sc.cueNames.set(nick, a);
      return true;
    }
  }
  return false;
}

/** A place by its last word ("Burke County", "Atlantic City") or by a cue: "the town of Panmunjom",
 * "Tamil Nadu state", "Lynchburg, VA" (the state after the comma is a place too). */
function placeRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  let s = -1;
  if (j > i && infoOf(toks[j]!).placeHead) {
    s = j - 1;
    while (s > i && infoOf(toks[s - 1]!).placeWord) s--;
    if (!infoOf(toks[s]!).placeWord) s = -1;
    // "Kevin Park", "Amy Lake": a given name and a head that is also a surname.
    else if (s === j - 1 && infoOf(toks[s]!).given && /^(?:Park|Lake|Bay|Beach|Castle|Tower)$/.test(toks[j]!.text)) s = -1;
    else for (let k = s; k < j; k++) if (infoOf(toks[k]!).orgHead) s = -1;
  }
  // Cheap character tests first: this runs for every capitalised run of every text.
  const endPos = toks[j]!.end;
  const next = codeAt(sc.text, endPos);
  const state = next === 44 && j + 1 < toks.length && capital(toks[j + 1]!.text) ? stateAfter(sc.text, endPos) : null;
  if (s < 0) {
    if (titleCase) return false;
    s = i;
    while (s < j && (toks[s]!.text === 'The' || infoOf(toks[s]!).roleHead)) s++;
    const n1 = j + 1 < toks.length && toks[j + 1]!.joined ? toks[j + 1]!.text : '';
    const cued =
      state !== null ||
      (next === 44 && j + 1 < toks.length && capital(toks[j + 1]!.text) && afterIsState(sc.text.slice(endPos, endPos + 24))) ||
      (PLACE_AFTER.has(n1) && !(n1 === 'state' && j + 2 < toks.length && NOT_STATE_HEAD.has(toks[j + 2]!.text))) ||
      (s === i && i >= 2 && toks[i]!.joined && toks[i - 1]!.text === 'of' && toks[i - 1]!.joined && PLACE_OF_NOUNS.has(toks[i - 2]!.text));
    if (!cued) return false;
    for (let k = s; k <= j; k++) if (!infoOf(toks[k]!).placeWord) return false;
    if (sc.text.slice(toks[s]!.start, toks[j]!.end) in DEMONYMS) return false;
    // A person: a given name and a surname, or a surname named before.
    if ((infoOf(toks[s]!).given && j > s) || (s === j && (KNOWN_PEOPLE[toks[s]!.text] || sc.persons.some((p) => p.last === toks[s]!.text)))) return false;
  }
  if (state) sc.reg.mention(sc.reg.ensure(state.name, 'location', 'place', null, country(sc.reg, 'US').id), state.start, state.end, sc.text.slice(state.start, state.end));
  // The lexicon already knows the whole name ("Kansas City", "Davos"): let it say which place.
  prefixRun(sc, toks, i, s, titleCase);
  if (matchAt(sc, toks, s, j, true) === j - s + 1) {
    lexiconScan(sc, toks, s, j, titleCase);
    return true;
  }
  const name = sc.text.slice(toks[s]!.start, toks[j]!.end);
  const a = placeActor(sc.reg, name);
  sc.reg.mention(a, toks[s]!.start, toks[j]!.end, name);
  if (s === j) sc.cueNames.set(name, a);
  return true;
}

/** ", Georgia" / ", North Carolina" after a name, ending the phrase: a town in a US state. */
function afterIsState(after: string): boolean {
  const m = /^,\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[,.;)]|\s+\p{Ll}|$)/u.exec(after);
  return !!m && US_STATES.has(m[1]!);
}

/** An organisation by a noun that describes it: "rival Zomato", "Dutch firm Takeaway.com", "the PTI news agency". */
function cuedOrgRun(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): boolean {
  if (titleCase) return false;
  let s = i;
  if (toks[s]!.text === 'The' && s < j) s++;
  const domain = s === j && toks[s]!.text.includes('.') && DOMAIN.test(toks[s]!.text);
  if (!domain) {
    const n1 = j + 1 < toks.length && toks[j + 1]!.joined ? toks[j + 1]!.text : '';
    const n2 = n1 && j + 2 < toks.length && toks[j + 2]!.joined ? toks[j + 2]!.text : '';
    const after = ORG_AFTER.has(n1) || ((n1 === 'news' || n1 === 'wire') && (n2 === 'agency' || n2 === 'service'));
    if (!after && !(s === i && i > 0 && toks[i]!.joined && ORG_BEFORE.has(toks[i - 1]!.text))) return false;
  }
  if (matchAt(sc, toks, s, j, true) === j - s + 1) return false;
  for (let k = s; k <= j; k++) {
    const inf = infoOf(toks[k]!);
    if (inf.roleHead || !inf.cap || inf.calendar || inf.notName) return false;
  }
  if (infoOf(toks[s]!).given && j > s) return false;
  if (s === j && (KNOWN_PEOPLE[toks[s]!.text] || sc.persons.some((p) => p.last === toks[s]!.text))) return false;
  const ph = phraseOf(sc.text, toks, s, j);
  if (!ph) return false;
  const a = sc.reg.ensure(ph, 'organization', 'organization', null, null);
  sc.reg.mention(a, toks[s]!.start, toks[j]!.end, ph);
  sc.cueNames.set(ph, a);
  if (!sc.genericOrgs.includes(a)) sc.genericOrgs.push(a);
  return true;
}

/** The part of a run before token s, without the connectors that joined it ("Betsy Sharp of"). */
function prefixRun(sc: ActorScan, toks: WToken[], i: number, s: number, titleCase: boolean): void {
  let e = s - 1;
  while (e >= i && (infoOf(toks[e]!).connector || toks[e]!.text === 'The')) e--;
  if (e >= i) analyzeRun(sc, toks, i, e, titleCase);
}

/** ", Director General of the Russian International Affairs Council," or a glued credit line. */
function apposition(sc: ActorScan, actor: Actor, end: number): void {
  const after = sc.text.slice(end, end + 160);
  const m = /^(?:['’]s)?(,\s+|)((?:the |a |an )?[^,.;:!?“”"«»()\n]{3,120}?)(?=,|\.(?:\s|$)|;|\n|$)/.exec(after);
  if (!m) return;
  const glued = m[1] === '';
  if (glued && !/^\p{Lu}/u.test(m[2]!)) return;
  const phrase = m[2]!.replace(/^(?:the|a|an) /, '');
  const words = phrase.split(/\s+/);
  if (words.length > 14 || !ROLE_HEADS.has(words[0]!.toLowerCase().replace(/\W/g, '')) && !words.slice(0, 3).some((w) => ROLE_HEADS.has(w.toLowerCase()) && !['foreign', 'state', 'first', 'press', 'former', 'acting', 'senior', 'prime', 'defense', 'defence'].includes(w.toLowerCase()))) return;
  if (/^(?:who|which|that)\b/.test(phrase)) return;
  sc.reg.role(actor, phrase);
}

/** A title before a name: capitalised words or role nouns ending in a role noun. */
function roleBefore(sc: ActorScan, toks: WToken[], nameStart: number, runStart: number): { role: string } | null {
  let s = nameStart;
  while (s > 0 && s > nameStart - 7) {
    const t = toks[s - 1]!;
    const cur = toks[s]!;
    if (!cur.joined) break;
    if (s - 1 < runStart && infoOf(t).notRoleWord) break;
    s--;
  }
  while (s < nameStart && (toks[s]!.text === 'The' || toks[s]!.text === 'the' || infoOf(toks[s]!).connector)) s++;
  if (s >= nameStart) return null;
  const last = toks[nameStart - 1]!.text.toLowerCase();
  if (!ROLE_HEADS.has(last) || ['first', 'foreign', 'state', 'press', 'defense', 'defence', 'prime', 'permanent', 'senior', 'acting', 'former'].includes(last)) return null;
  return { role: sc.text.slice(toks[s]!.start, toks[nameStart - 1]!.end) };
}

/** Longest lexicon matches over toks[i..j]; leftovers become organisations, surnames or acronyms. */
function lexiconScan(sc: ActorScan, toks: WToken[], i: number, j: number, titleCase: boolean): void {
  let leftover = -1;
  let p = i;
  while (p <= j) {
    const hit = matchAt(sc, toks, p, j);
    if (hit > 0) {
      if (leftover >= 0) handleLeftover(sc, toks, leftover, p - 1, titleCase);
      leftover = -1;
      p += hit;
    } else {
      if (leftover < 0) leftover = p;
      p++;
    }
  }
  if (leftover >= 0) handleLeftover(sc, toks, leftover, j, titleCase);
}

/** Named documents ("UN Charter", "Treaty on ...") are not actors, nor is anything inside their names. */
function namesDocument(sc: ActorScan, toks: WToken[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (NON_ACTOR_HEADS.has(toks[k]!.text) && !coveredByOrgName(sc, toks, i, j, k)) return true;
  return false;
}

function coveredByOrgName(sc: ActorScan, toks: WToken[], i: number, j: number, k: number): boolean {
  for (let a = i; a <= k; a++) for (let b = Math.min(j, a + 7); b >= k; b--) {
    const ph = phraseOf(sc.text, toks, a, b);
    if (ph && ORG_NAMES.has(ph)) return true;
  }
  return false;
}

/** Tries lexicon entries starting at token p (not past j); returns the number of tokens consumed. */
function matchAt(sc: ActorScan, toks: WToken[], p: number, j: number, dryRun = false): number {
  // Only spans that could be a lexicon phrase (by their first word's longest entry) or a
  // country-qualified ministry ("Russian" + a ministry form) are looked up, longest first.
  let top = p + infoOf(toks[p]!).lexFirst - 1;
  if (!dryRun && p < j && infoOf(toks[p]!).code !== null) top = Math.max(top, p + infoOf(toks[p + 1]!).ministryFirst);
  top = Math.min(top, j, p + 8, phraseEnd(toks, p));
  for (let q = top; q >= p; q--) {
    const phrase = sc.text.slice(toks[p]!.start, toks[q]!.end);
    if (dryRun) {
      if (ORG_NAMES.has(phrase) || ministryFunction(phrase) || COUNTRY_NAMES.has(phrase) || isPlacePhrase(phrase) || EXTRA_ORGS.has(phrase) || TEAMS_ALONE.has(phrase)) return q - p + 1;
      continue;
    }
    const start = toks[p]!.start;
    const end = toks[q]!.end;
    // Qualified ministry: "Russian Foreign Ministry", "US State Department", "Russia's Foreign Ministry".
    if (q > p) {
      const code = infoOf(toks[p]!).code;
      const rest = sc.text.slice(toks[p + 1]!.start, end);
      const fn = code !== null && (toks[p + 1]!.joined || toks[p]!.possessive) ? ministryFunction(rest) : null;
      if (fn && code) {
        const m = ministry(sc.reg, fn.fn, fn.country ?? code);
        sc.reg.mention(m, start, end, phrase);
        countCountry(sc, fn.country ?? code);
        return q - p + 1;
      }
    }
    const fn = ministryFunction(phrase);
    if (fn) {
      const of = /^ of (?:the )?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u.exec(sc.text.slice(end, end + 40));
      const ofCode = of ? (COUNTRY_NAMES.get(of[1]!)?.code ?? null) : null;
      if (fn.country || ofCode) {
        const m = ministry(sc.reg, fn.fn, fn.country ?? ofCode);
        const e = ofCode ? end + of![0].length : end;
        sc.reg.mention(m, start, e, sc.text.slice(start, e));
      } else {
        sc.unqualified.push({ start, end, surface: phrase, fn: fn.fn });
      }
      return q - p + 1;
    }
    const orgEntry = ORG_NAMES.get(phrase);
    if (orgEntry) {
      // Short all-caps codes that are also words ("WHO", "AP", "RT") only count as written in capitals.
      const a = org(sc.reg, orgEntry);
      // "The New York Times": the article is not part of the name as mentioned.
      const s0 = q > p && toks[p]!.text === 'The' ? toks[p + 1]!.start : start;
      sc.reg.mention(a, s0, end, sc.text.slice(s0, end));
      return q - p + 1;
    }
    const extra = EXTRA_ORGS.get(phrase);
    // "Senate Judiciary Committee", "Tencent Holdings": a longer name with a head of its own.
    if (extra && !(q === p && q < j && toks[q + 1]!.joined && hasOrgHead(toks, q + 1, Math.min(j, q + 4)))) {
      const [name, kind, code] = extra;
      const a = sc.reg.ensure(name, 'organization', kind, null, code ? country(sc.reg, code).id : null);
      const s0 = q > p && toks[p]!.text === 'The' ? toks[p + 1]!.start : start;
      sc.reg.mention(a, s0, end, sc.text.slice(s0, end));
      return q - p + 1;
    }
    if (TEAMS_ALONE.has(phrase)) {
      sc.reg.mention(sc.reg.ensure(phrase, 'organization', 'organization', null, null), start, end, phrase);
      return q - p + 1;
    }
    const c = COUNTRY_NAMES.get(phrase);
    // "U.S. Embassy", "U.S. Army": the country's institution, named by the country.
    const inst = c && q < j && toks[q + 1]!.joined && !toks[q]!.possessive ? COUNTRY_INSTITUTION.exec(toks[q + 1]!.text) : null;
    if (c && inst && (q + 1 === j || !infoOf(toks[q + 2]!).cap)) {
      const a = sc.reg.ensure(`${COUNTRY_BY_CODE.get(c.code)?.name ?? phrase} ${inst[0]}`, 'organization', 'government', null, country(sc.reg, c.code).id);
      sc.reg.mention(a, start, toks[q + 1]!.end, sc.text.slice(start, toks[q + 1]!.end));
      return q - p + 2;
    }
    if (c) {
      const a = country(sc.reg, c.code);
      sc.reg.mention(a, start, end, phrase);
      countCountry(sc, c.code);
      return q - p + 1;
    }
    const capital = CAPITALS[phrase];
    if (capital) {
      const next = /^\s+([\p{Ll}]+)/u.exec(sc.text.slice(end, end + 30))?.[1] ?? '';
      if (/^(?:agreements?|accords?|format|formula|talks|process|protocols?|memorandum|group|summit|declaration|doctrine|charter|treaty)$/.test(next)) return q - p + 1;
      if (inAgentPosition(sc.text, start, end, toks[q]!.possessive)) {
        const a = country(sc.reg, capital);
        sc.reg.mention(a, start, end, phrase);
        countCountry(sc, capital);
      } else {
        const canonical = CAPITAL_CANONICAL[phrase] ?? phrase;
        const a = sc.reg.ensure(canonical, 'location', 'place', null, country(sc.reg, capital).id);
        sc.reg.mention(a, start, end, phrase);
      }
      return q - p + 1;
    }
    if (US_STATES.has(phrase) || CITIES.has(phrase)) {
      const a = sc.reg.ensure(phrase, 'location', 'place', null, US_STATES.has(phrase) ? country(sc.reg, 'US').id : null);
      sc.reg.mention(a, start, end, phrase);
      return q - p + 1;
    }
    if (REGIONS.has(phrase)) {
      const a = sc.reg.ensure(phrase === 'Donbas' ? 'Donbass' : phrase, 'location', 'place', null, null);
      sc.reg.mention(a, start, end, phrase);
      return q - p + 1;
    }
  }
  return 0;
}

function handleLeftover(sc: ActorScan, toks: WToken[], s: number, e: number, titleCase: boolean): void {
  // Trim connectors and demonym/role words off the edges.
  while (s <= e && (infoOf(toks[s]!).connector || toks[s]!.text === 'The')) s++;
  while (e >= s && infoOf(toks[e]!).connector) e--;
  if (s > e) return;
  // Organisation: a phrase with an organisation head noun. A leading role ("Director General of the")
  // is cut off at its last "of".
  let head = -1;
  for (let k = s; k <= e; k++) if (infoOf(toks[k]!).orgHead) head = k;
  // "Top Climate Group Will Run Ads" (a headline): the name ends at its head unless a connector goes on.
  if (head >= 0 && head < e && !toks.slice(head + 1, e + 1).some((t) => infoOf(t).connector)) e = head;
  if (head >= 0 && e - s >= 1) {
    let os = s;
    for (let k = s; k < head; k++) if (toks[k]!.text === 'of' && toks.slice(s, k).some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) os = k + 1;
    // "Senators on the Senate Foreign Relations Committee": words before "on"/"in"/"at" without a head are not part of it.
    for (let k = os + 1; k < head; k++) if (/^(?:on|in|at)$/.test(toks[k]!.text) && !hasOrgHead(toks, os, k - 1)) os = k + 1;
    // "Following the Pasadena City College": a sentence's first word is not part of the name.
    if (os === 0 && os < head && (infoOf(toks[0]!).notName || /^\p{Lu}\p{Ll}+ing$/u.test(toks[0]!.text))) os = 1;
    while (os <= e && (infoOf(toks[os]!).connector || toks[os]!.text === 'The')) os++;
    if (head - os >= 1 || (head === e && head > os)) {
      const ph = phraseOf(sc.text, toks, os, e);
      if (ph && !NOT_NAME.has(ph)) {
        const a = sc.reg.ensure(ph, 'organization', 'organization', null, null);
        sc.reg.mention(a, toks[os]!.start, toks[e]!.end, ph);
        if (!sc.genericOrgs.includes(a)) sc.genericOrgs.push(a);
        return;
      }
    }
  }
  if (s === e && !titleCase && s > 0 && toks[s]!.joined && (toks[s - 1]!.text === 'the' || toks[s - 1]!.text === 'The')) {
    const t = toks[s]!;
    const w = t.text;
    // "the Times" after "The New York Times"; "the Reds", "the Greens": a group named in the plural.
    if (MEDIA_HEADS.has(w)) {
      sc.mediaAliases.push({ start: t.start, end: t.end, surface: w });
      return;
    }
    // "across the Northeast", "the West" (not a direction: "expand to the East").
    if (COMPASS.has(w) && !(s + 1 < toks.length && toks[s + 1]!.joined && capital(toks[s + 1]!.text)) && !/\b(?:to|towards?|from|into)\s+the\s+$/i.test(sc.text.slice(Math.max(0, t.start - 14), t.start))) {
      sc.reg.mention(placeActor(sc.reg, w), t.start, t.end, w);
      return;
    }
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isNameShaped(w) && !NOT_ORG_PLURALS.has(w) && !NOT_NAME.has(w) && !(w.slice(0, -1) in DEMONYMS) && !infoOf(t).roleHead) {
      sc.thePlurals.push({ start: t.start, end: t.end, surface: w });
      return;
    }
  }
  if (titleCase) {
    sc.titleSegments.push({ toks, s, e });
    return;
  }
  for (let k = s; k <= e; k++) {
    const t = toks[k]!;
    if (infoOf(t).acronym) sc.acronyms.push({ start: t.start, end: t.end, surface: t.text });
    else if (isNameToken(t)) sc.surnames.push({ start: t.start, end: t.end, surface: t.text });
    else if (SURNAME_MONTHS.has(t.text) && !isDateMonth(sc, t)) sc.surnames.push({ start: t.start, end: t.end, surface: t.text, weak: true });
  }
}

/** "in May", "May 12", "early June": a month used as a date, never a surname. */
function isDateMonth(sc: ActorScan, t: WToken): boolean {
  return /\b(?:in|on|since|until|till|by|of|from|through|early|late|mid|last|next|this|before|after|during)\s+$/i.test(sc.text.slice(Math.max(0, t.start - 10), t.start)) || /^\s*\d/.test(sc.text.slice(t.end, t.end + 3));
}

/** Of the people with this surname (or first name), the one named last before `at`, else the first named. */
function nearestNamed(sc: ActorScan, surface: string, at: number, byFirst: boolean): NamedPerson | undefined {
  let best: NamedPerson | undefined;
  for (const m of sc.persons) {
    if ((byFirst ? m.first : m.last) !== surface) continue;
    if (!best || (m.at <= at && (best.at > at || m.at > best.at))) best = m;
  }
  return best;
}

/** The person a single name stands for: a surname (or first name) of someone named in full, the
 * nearest before it if several; a known public figure; a name a cue made an organisation or place; or,
 * where allowed, a person known by a common given name alone ("Jeb"). */
function single(sc: ActorScan, surface: string, at: number, weak: boolean, allowNew: boolean): Actor | undefined {
  let best = nearestNamed(sc, surface, at, false);
  if (!best && !weak) best = nearestNamed(sc, surface, at, true);
  if (best) return best.actor;
  if (weak) return undefined;
  if (KNOWN_PEOPLE[surface]) return sc.reg.ensure(KNOWN_PEOPLE[surface]!, 'person', 'person', null, null);
  const cued = sc.cueNames.get(surface);
  if (cued) return cued;
  if (!allowNew) return undefined;
  // "Star of David", "St. Peter": a given name inside another name.
  if (GIVEN_NAMES.has(surface) && !NOT_LONE.has(surface) && !/(?:\bof|\bSt\.?|\bSaint|\bSan|\bSanta)\s+$/.test(sc.text.slice(Math.max(0, at - 12), at))) {
    return sc.reg.ensure(surface, 'person', 'person', null, null);
  }
  // "at its headquarters in Bengaluru": a name not known otherwise, after "in", is a place.
  if ((sc.text.startsWith(' in ', at - 4) || sc.text.startsWith(' near ', at - 6) || sc.text.startsWith(' outside ', at - 9)) && !/-\p{Ll}/u.test(surface) && PLACE_END.test(sc.text.slice(at + surface.length, at + surface.length + 12))) {
    return placeActor(sc.reg, surface);
  }
  return undefined;
}

function nearestByMention(sc: ActorScan, candidates: Actor[], at: number): Actor | undefined {
  let best: Actor | undefined;
  let bestDist = Infinity;
  for (const m of sc.reg.mentions) {
    const c = candidates.find((a) => a.id === m.actor);
    if (!c) continue;
    const d = m.start <= at ? at - m.start : (m.start - at) * 2; // prefer earlier mentions
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}

/** The code unit at k, or -1 past either end of the text: a read past the end would deoptimise its caller. */
function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : -1;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A place actor for a name: a country, a capital (as a place), a US state, or a place of its own. */
function placeActor(reg: Registry, name: string): Actor {
  const c = COUNTRY_NAMES.get(name);
  if (c) return country(reg, c.code);
  const cap = CAPITALS[name];
  if (cap) return reg.ensure(CAPITAL_CANONICAL[name] ?? name, 'location', 'place', null, country(reg, cap).id);
  return reg.ensure(name, 'location', 'place', null, US_STATES.has(name) ? country(reg, 'US').id : null);
}

const INITIAL = /^\p{Lu}\.$/u;
/** What may follow a place named after "in": punctuation or a function word, not a noun it would modify
 * ("in Time magazine", "in Medicare spending"). */
const PLACE_END = /^(?:[,.;:!?)"”]|\s+(?:and|or|on|in|at|to|for|since|with|where|when|after|before|from|as|by|last|this|that|until|during|is|was|has|had|will|would|the|a|an)\b)/;
/** Months that are also surnames ("Theresa May"): kept as possible mentions of a person so named. */
const SURNAME_MONTHS = new Set(['May', 'June', 'April', 'August']);
/** Last words of team nicknames, to skip the team test for nearly every run. */
const TEAM_LAST = new Set([...TEAM_NICKNAMES].map((n) => n.split(' ').pop()!));
/** Party names and their members' adjective: never part of a place ("Democratic county chairman"). */
const PARTY_WORDS = new Set(['Democratic', 'Democrat', 'Democrats', 'Republican', 'Republicans', 'GOP', 'Labour', 'Conservative', 'Liberal', 'Socialist', 'Green', 'Independent', 'Tory']);
const COUNTRY_INSTITUTION = /^(?:Embassy|Consulate|Army|Navy|Senate|Parliament|Mission)$/;
const DOMAIN = /^\p{Lu}[\p{L}\d-]*\.(?:com|net|org|io|ai|co)$/u;

function isPlacePhrase(ph: string): boolean {
  return US_STATES.has(ph) || CITIES.has(ph) || REGIONS.has(ph) || COUNTRY_NAMES.has(ph) || ph in CAPITALS;
}

function hasOrgHead(toks: WToken[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (infoOf(toks[k]!).orgHead) return true;
  return false;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const CORPORATE = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|AG|SA|NV|GmbH|LLP)$/;
const TITLE_LOWER = new Set(['with', 'from', 'into', 'over', 'than', 'that', 'this', 'about', 'after', 'under', 'upon']);

function isTitleCase(toks: WToken[], endsWithPeriod = false): boolean {
  if (endsWithPeriod && toks.some((t) => t.text.length >= 3 && allLowerCase(t.text) && !TITLE_LOWER.has(t.text) && t.text !== 'the' && t.text !== 'and' && t.text !== 'for')) return false;
  let long = 0;
  let caps = 0;
  let lowerContent = 0;
  for (const t of toks) {
    if (t.text.length <= 3 || !startsWithLetter(t.text)) continue;
    long++;
    if (capital(t.text)) caps++;
    else if (!TITLE_LOWER.has(t.text)) lowerContent++;
  }
  if (long < 6) return false;
  // A sentence dense with names still has lowercase content words; a headline has almost none.
  return caps / long >= 0.75 && lowerContent <= 1;
}

/** Sorted by start; of overlapping mentions the earlier, then longer, wins. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.end <= m.start || m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

const DESCRIPTION = /\b(?:([Tt]he) )?(?:(\p{Lu}\p{Ll}+) )?(side|authorities|government|leadership|administration|ministry|department|alliance|Alliance|diplomats|Diplomats|diplomat|expert|analyst|minister|ambassador|spokesman|spokeswoman|spokesperson|political scientist|official)\b/gu;

const NOUN_PATTERNS = new Map<string, RegExp>();
function nounPattern(noun: string): RegExp {
  let re = NOUN_PATTERNS.get(noun);
  if (!re) NOUN_PATTERNS.set(noun, (re = new RegExp(`\\b${noun}\\b`, 'i')));
  return re;
}

/** Every DESCRIPTION match holds one of its nouns: a sentence without any needs no full scan. */
const DESCRIPTION_NOUN = /side|authorities|government|leadership|administration|ministry|department|[Aa]lliance|[Dd]iplomat|expert|analyst|minister|ambassador|spokes|political scientist|official/;

/** Definite descriptions that refer back to an actor named earlier (see the rule at the top). */
function resolveDescriptions(text: string, sentences: Span[], reg: Registry): void {
  const named = [...reg.mentions].sort((a, b) => a.start - b.start);
  const lastBefore = (pos: number, ok: (a: Actor) => boolean): Actor | undefined => {
    // Most recent named mention before pos whose actor passes ok.
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const a = reg.actors.get(named[k]!.actor);
      if (a && ok(a)) return a;
    }
    return undefined;
  };
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (!DESCRIPTION_NOUN.test(slice)) continue;
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(slice); m; m = DESCRIPTION.exec(slice)) {
      const det = m[1];
      const adj = m[2];
      const noun = m[3]!.toLowerCase();
      const start = s.start + m.index;
      const end = start + m[0].length;
      // A capitalised word before the noun is either a demonym or part of a name handled elsewhere.
      const code = adj ? (DEMONYMS[adj] ?? null) : null;
      if (adj && !code && adj !== 'The') continue;
      // Only some descriptions need the (costly) agent test; it is pure, so asking it lazily changes nothing.
      const agent = (): boolean => inAgentPosition(text, start, end, false) || /\b(?:according to|said|noted|stressed|recalled|stated)\s+$/.test(text.slice(Math.max(0, start - 20), start));
      let actor: Actor | undefined;
      if (['side', 'authorities', 'government', 'leadership', 'administration'].includes(noun)) {
        if (code) actor = country(reg, code);
        else if (!det) continue;
      } else if (noun === 'ministry' || noun === 'department') {
        if (!det || code) continue;
        actor = lastBefore(start, (a) => a.kind === 'ministry');
      } else if (noun === 'alliance') {
        if (!det && m[3] !== 'Alliance') continue;
        actor = lastBefore(start, (a) => a.kind === 'alliance');
      } else if (noun === 'diplomats') {
        if (!agent()) continue;
        const fm = (a: Actor): boolean => a.kind === 'ministry' && /Foreign Ministry|State Department/.test(a.name) && (!code || a.partOf === slug(COUNTRY_BY_CODE.get(code)?.name ?? ''));
        actor = lastBefore(start, fm) ?? [...reg.actors.values()].find(fm) ?? (code ? country(reg, code) : undefined);
      } else {
        if (!det || code || !agent()) continue;
        const fits = noun === 'diplomat' ? DIPLOMAT_ROLE : noun === 'expert' || noun === 'analyst' || noun === 'political scientist' ? EXPERT_ROLE : nounPattern(noun);
        actor = lastBefore(start, (a) => a.kind === 'person' && a.roles.some((r) => fits.test(r))) ?? lastBefore(start, (a) => a.kind === 'person');
      }
      if (!actor) continue;
      const span = text.slice(start, end);
      const surface = det ? span.replace(/^The/, 'the') : span;
      reg.mention(actor, start, end, surface);
    }
  }
}
