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
for (const names of [ORG_NAMES.keys(), COUNTRY_NAMES.keys(), Object.keys(CAPITALS), US_STATES, CITIES, REGIONS, MINISTRY_FORMS.keys()]) {
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
}

const WORD_INFO = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  let info = WORD_INFO.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  const roleHead = ROLE_HEADS.has(lower);
  const lexicon = isLexiconWord(w);
  info = {
    cap: isCapitalized(w),
    lower,
    roleHead,
    lexicon,
    nameToken: isNameShaped(w) && !NOT_NAME.has(w) && !roleHead && !lexicon,
    connector: CONNECTORS.has(w),
    orgHead: ORG_HEADS.has(w),
    code: countryCodeOf(w),
    lexFirst: LEXICON_FIRST.get(w) ?? 0,
    ministryFirst: MINISTRY_FIRST.get(w) ?? 0,
    acronym: /^\p{Lu}{2,6}\d?$/u.test(w),
    notRoleWord: !roleHead && !(w in DEMONYMS) && !COUNTRY_NAMES.has(w) && !ORG_NAMES.has(w),
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
    ORG_HEADS.has(w) || NON_ACTOR_HEADS.has(w)
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

export function findActors(text: string, sentences: Span[]): ActorFinding {
  const reg = new Registry();
  const surnames: Pending[] = [];
  const acronyms: Pending[] = [];
  const unqualified: Array<Pending & { fn: string }> = [];
  const persons: Array<{ actor: Actor; last: string }> = [];
  const countryCount = new Map<string, number>();
  const genericOrgs: Actor[] = [];

  const countCountry = (code: string): void => {
    countryCount.set(code, (countryCount.get(code) ?? 0) + 1);
  };

  for (const sentence of sentences) {
    const toks = tokenize(text, sentence.start, sentence.end) as WToken[];
    for (const t of toks) t.info = null;
    const titleCase = isTitleCase(toks, /[.!?]["”]?\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)));
    let i = 0;
    while (i < toks.length) {
      if (!capital(toks[i]!.text)) {
        i++;
        continue;
      }
      // The run of capitalised tokens (with inner connectors) starting at i.
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
          if (!infoOf(t).connector && !(t.text === 'and' && orgWithOf(toks, i, j) !== null && !(k + 1 < toks.length && infoOf(toks[k + 1]!).lexicon))) break;
          k++;
        }
        if (k > j + 1 && k < toks.length && toks[k]!.joined && capital(toks[k]!.text)) {
          j = k;
          continue;
        }
        break;
      }
      analyzeRun(toks, i, j, titleCase);
      i = j + 1;
    }
  }

  function analyzeRun(toks: WToken[], i: number, j: number, titleCase: boolean): void {
    if (namesDocument(toks, i, j)) return;
    // "Sen. Ted Cruz of Texas", "Chief Kerr Putney of the Charlotte Police Department": a person, then a
    // place or body after "of".
    for (let c = i + 2; c < j; c++) {
      if (toks[c]!.text !== 'of' || !isNameToken(toks[c - 1]!) || !isNameToken(toks[c - 2]!)) continue;
      let r = c + 1;
      if (toks[r]!.text === 'the') r++;
      if (r > j) break;
      const rest = phraseOf(text, toks, r, j);
      if (rest && (hasOrgHead(toks, r, j) || isPlacePhrase(rest))) {
        analyzeRun(toks, i, c - 1, titleCase);
        lexiconScan(toks, r, j, titleCase);
        return;
      }
    }
    // "Apple Inc.", "Microsoft Corp.": a company suffix makes the whole run one organisation, its period included.
    if (j > i && CORPORATE.test(toks[j]!.text)) {
      const s0 = toks[i]!.text === 'The' ? i + 1 : i;
      const ph = phraseOf(text, toks, s0, j);
      if (ph && s0 < j) {
        const end = text[toks[j]!.end] === '.' ? toks[j]!.end + 1 : toks[j]!.end;
        const a = reg.ensure(ph, 'organization', 'organization', null, null);
        reg.mention(a, toks[s0]!.start, end, text.slice(toks[s0]!.start, end));
        if (!genericOrgs.includes(a)) genericOrgs.push(a);
        return;
      }
    }
    // "Bank of Japan", "University of Texas": an organisation head, "of", and a name.
    const ofOrg = orgWithOf(toks, i, j);
    if (ofOrg && matchAt(toks, i, j, true) < j - i + 1) {
      const [os, oe] = ofOrg;
      if (os > i) lexiconScan(toks, i, os - 1, titleCase);
      const ph = phraseOf(text, toks, os, oe);
      if (ph) {
        const a = reg.ensure(ph, 'organization', 'organization', null, null);
        reg.mention(a, toks[os]!.start, toks[oe]!.end, ph);
        if (!genericOrgs.includes(a)) genericOrgs.push(a);
        return;
      }
    }
    // Person: a block of name-shaped tokens at the end of the run.
    let k = j;
    while (k >= i && isNameToken(toks[k]!) && j - k < 4) k--;
    const nameStart = k + 1;
    if (!titleCase && nameStart <= j && !blockIsNotPerson(toks, i, nameStart, j)) {
      const blockLen = j - nameStart + 1;
      const rolePrefix = roleBefore(toks, nameStart, i);
      if (blockLen >= 2 || rolePrefix) {
        const person = addPerson(toks, nameStart, j);
        if (rolePrefix) reg.role(person, rolePrefix.role);
        // The prefix may still name countries or bodies ("Deputy US Ambassador").
        if (nameStart > i) lexiconScan(toks, i, nameStart - 1, true);
        return;
      }
    }
    lexiconScan(toks, i, j, titleCase);
  }

  /** A name-shaped block that is a known place or organisation ("New Hampshire"), or the tail of an
   * organisation's name after a connector ("Association for the Advancement of Colored People"). */
  function blockIsNotPerson(toks: WToken[], i: number, s: number, e: number): boolean {
    for (let q = Math.min(e, s + 3, s + infoOf(toks[s]!).lexFirst - 1); q > s; q--) {
      const ph = phraseOf(text, toks, s, q);
      if (ph && (US_STATES.has(ph) || CITIES.has(ph) || REGIONS.has(ph) || COUNTRY_NAMES.has(ph) || ORG_NAMES.has(ph) || ph in CAPITALS)) return true;
    }
    if (s > i && infoOf(toks[s - 1]!).connector) {
      for (let k = i; k < s; k++) if (infoOf(toks[k]!).orgHead) return true;
    }
    return false;
  }

  /** [s, e] of "(X) HEAD of (the) Y" filling the run's end, where HEAD is an organisation head. */
  function orgWithOf(toks: WToken[], i: number, j: number): [number, number] | null {
    for (let c = i + 1; c < j; c++) {
      if (toks[c]!.text !== 'of' || !infoOf(toks[c - 1]!).orgHead) continue;
      let s = c - 1;
      while (s > i && infoOf(toks[s - 1]!).cap && !infoOf(toks[s - 1]!).roleHead && toks[s - 1]!.text !== 'The') s--;
      // Ministries have their own canonical form ("Ministry of Foreign Affairs of Russia").
      for (let a = i; a < c; a++) if (ministryFunction(phraseOf(text, toks, a, c - 1) ?? '') || ministryFunction(phraseOf(text, toks, a, j) ?? '')) return null;
      // "Armed Forces of the Russian Federation" stays the country's (its forces are not a separate actor).
      const tail = phraseOf(text, toks, toks[c + 1]!.text === 'the' ? c + 2 : c + 1, j);
      if (c - 1 > s && tail && COUNTRY_NAMES.has(tail)) return null;
      return [s, j];
    }
    return null;
  }

  function addPerson(toks: WToken[], s: number, e: number): Actor {
    const first = toks[s]!.text;
    const last = toks[e]!.text;
    let name = text.slice(toks[s]!.start, toks[e]!.end);
    const known = KNOWN_PEOPLE[last];
    // Transliteration variants ("Sergey"/"Sergei") of a known figure share its canonical name.
    if (known && known.split(' ')[0]![0] === first[0]) name = known;
    const actor = reg.ensure(name, 'person', 'person', null, null);
    reg.mention(actor, toks[s]!.start, toks[e]!.end, text.slice(toks[s]!.start, toks[e]!.end));
    if (!persons.some((p) => p.actor === actor)) persons.push({ actor, last });
    apposition(actor, toks[e]!.end);
    return actor;
  }

  /** ", Director General of the Russian International Affairs Council," or a glued credit line. */
  function apposition(actor: Actor, end: number): void {
    const after = text.slice(end, end + 160);
    const m = /^(?:['’]s)?(,\s+|)((?:the |a |an )?[^,.;:!?“”"«»()\n]{3,120}?)(?=,|\.(?:\s|$)|;|\n|$)/.exec(after);
    if (!m) return;
    const glued = m[1] === '';
    if (glued && !/^\p{Lu}/u.test(m[2]!)) return;
    const phrase = m[2]!.replace(/^(?:the|a|an) /, '');
    const words = phrase.split(/\s+/);
    if (words.length > 14 || !ROLE_HEADS.has(words[0]!.toLowerCase().replace(/\W/g, '')) && !words.slice(0, 3).some((w) => ROLE_HEADS.has(w.toLowerCase()) && !['foreign', 'state', 'first', 'press', 'former', 'acting', 'senior', 'prime', 'defense', 'defence'].includes(w.toLowerCase()))) return;
    if (/^(?:who|which|that)\b/.test(phrase)) return;
    reg.role(actor, phrase);
  }

  /** A title before a name: capitalised words or role nouns ending in a role noun. */
  function roleBefore(toks: WToken[], nameStart: number, runStart: number): { role: string } | null {
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
    return { role: text.slice(toks[s]!.start, toks[nameStart - 1]!.end) };
  }

  /** Longest lexicon matches over toks[i..j]; leftovers become organisations, surnames or acronyms. */
  function lexiconScan(toks: WToken[], i: number, j: number, titleCase: boolean): void {
    let leftover = -1;
    let p = i;
    while (p <= j) {
      const hit = matchAt(toks, p, j);
      if (hit > 0) {
        if (leftover >= 0) handleLeftover(toks, leftover, p - 1, titleCase);
        leftover = -1;
        p += hit;
      } else {
        if (leftover < 0) leftover = p;
        p++;
      }
    }
    if (leftover >= 0) handleLeftover(toks, leftover, j, titleCase);
  }

  /** Named documents ("UN Charter", "Treaty on ...") are not actors, nor is anything inside their names. */
  function namesDocument(toks: WToken[], i: number, j: number): boolean {
    for (let k = i; k <= j; k++) if (NON_ACTOR_HEADS.has(toks[k]!.text) && !coveredByOrgName(toks, i, j, k)) return true;
    return false;
  }

  function coveredByOrgName(toks: WToken[], i: number, j: number, k: number): boolean {
    for (let a = i; a <= k; a++) for (let b = Math.min(j, a + 7); b >= k; b--) {
      const ph = phraseOf(text, toks, a, b);
      if (ph && ORG_NAMES.has(ph)) return true;
    }
    return false;
  }

  /** Tries lexicon entries starting at token p (not past j); returns the number of tokens consumed. */
  function matchAt(toks: WToken[], p: number, j: number, dryRun = false): number {
    // Only spans that could be a lexicon phrase (by their first word's longest entry) or a
    // country-qualified ministry ("Russian" + a ministry form) are looked up, longest first.
    let top = p + infoOf(toks[p]!).lexFirst - 1;
    if (!dryRun && p < j && infoOf(toks[p]!).code !== null) top = Math.max(top, p + infoOf(toks[p + 1]!).ministryFirst);
    top = Math.min(top, j, p + 8, phraseEnd(toks, p));
    for (let q = top; q >= p; q--) {
      const phrase = text.slice(toks[p]!.start, toks[q]!.end);
      if (dryRun) {
        if (ORG_NAMES.has(phrase) || ministryFunction(phrase) || COUNTRY_NAMES.has(phrase) || isPlacePhrase(phrase)) return q - p + 1;
        continue;
      }
      const start = toks[p]!.start;
      const end = toks[q]!.end;
      // Qualified ministry: "Russian Foreign Ministry", "US State Department", "Russia's Foreign Ministry".
      if (q > p) {
        const code = infoOf(toks[p]!).code;
        const rest = text.slice(toks[p + 1]!.start, end);
        const fn = code !== null && (toks[p + 1]!.joined || toks[p]!.possessive) ? ministryFunction(rest) : null;
        if (fn && code) {
          const m = ministry(reg, fn.fn, fn.country ?? code);
          reg.mention(m, start, end, phrase);
          countCountry(fn.country ?? code);
          return q - p + 1;
        }
      }
      const fn = ministryFunction(phrase);
      if (fn) {
        const of = /^ of (?:the )?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u.exec(text.slice(end, end + 40));
        const ofCode = of ? (COUNTRY_NAMES.get(of[1]!)?.code ?? null) : null;
        if (fn.country || ofCode) {
          const m = ministry(reg, fn.fn, fn.country ?? ofCode);
          const e = ofCode ? end + of![0].length : end;
          reg.mention(m, start, e, text.slice(start, e));
        } else {
          unqualified.push({ start, end, surface: phrase, fn: fn.fn });
        }
        return q - p + 1;
      }
      const orgEntry = ORG_NAMES.get(phrase);
      if (orgEntry) {
        // Short all-caps codes that are also words ("WHO", "AP", "RT") only count as written in capitals.
        const a = org(reg, orgEntry);
        reg.mention(a, start, end, phrase);
        return q - p + 1;
      }
      const c = COUNTRY_NAMES.get(phrase);
      if (c) {
        const a = country(reg, c.code);
        reg.mention(a, start, end, phrase);
        countCountry(c.code);
        return q - p + 1;
      }
      const capital = CAPITALS[phrase];
      if (capital) {
        const next = /^\s+([\p{Ll}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
        if (/^(?:agreements?|accords?|format|formula|talks|process|protocols?|memorandum|group|summit|declaration|doctrine|charter|treaty)$/.test(next)) return q - p + 1;
        if (inAgentPosition(text, start, end, toks[q]!.possessive)) {
          const a = country(reg, capital);
          reg.mention(a, start, end, phrase);
          countCountry(capital);
        } else {
          const canonical = CAPITAL_CANONICAL[phrase] ?? phrase;
          const a = reg.ensure(canonical, 'location', 'place', null, country(reg, capital).id);
          reg.mention(a, start, end, phrase);
        }
        return q - p + 1;
      }
      if (US_STATES.has(phrase) || CITIES.has(phrase)) {
        const a = reg.ensure(phrase, 'location', 'place', null, US_STATES.has(phrase) ? country(reg, 'US').id : null);
        reg.mention(a, start, end, phrase);
        return q - p + 1;
      }
      if (REGIONS.has(phrase)) {
        const a = reg.ensure(phrase === 'Donbas' ? 'Donbass' : phrase, 'location', 'place', null, null);
        reg.mention(a, start, end, phrase);
        return q - p + 1;
      }
    }
    return 0;
  }

  function handleLeftover(toks: WToken[], s: number, e: number, titleCase: boolean): void {
    // Trim connectors and demonym/role words off the edges.
    while (s <= e && (infoOf(toks[s]!).connector || toks[s]!.text === 'The')) s++;
    while (e >= s && infoOf(toks[e]!).connector) e--;
    if (s > e) return;
    // Organisation: a phrase with an organisation head noun. A leading role ("Director General of the")
    // is cut off at its last "of".
    let head = -1;
    for (let k = s; k <= e; k++) if (infoOf(toks[k]!).orgHead) head = k;
    if (head >= 0 && e - s >= 1) {
      let os = s;
      for (let k = s; k < head; k++) if (toks[k]!.text === 'of' && toks.slice(s, k).some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) os = k + 1;
      while (os <= e && infoOf(toks[os]!).connector) os++;
      if (head - os >= 1 || (head === e && head > os)) {
        const ph = phraseOf(text, toks, os, e);
        if (ph && !NOT_NAME.has(ph)) {
          const a = reg.ensure(ph, 'organization', 'organization', null, null);
          reg.mention(a, toks[os]!.start, toks[e]!.end, ph);
          if (!genericOrgs.includes(a)) genericOrgs.push(a);
          return;
        }
      }
    }
    for (let k = s; k <= e; k++) {
      const t = toks[k]!;
      if (infoOf(t).acronym) acronyms.push({ start: t.start, end: t.end, surface: t.text });
      else if (!titleCase && isNameToken(t)) surnames.push({ start: t.start, end: t.end, surface: t.text });
    }
  }

  // Single names: surnames of people named in full, or known public figures.
  for (const p of surnames) {
    const matches = persons.filter((x) => x.last === p.surface);
    let actor: Actor | undefined = matches.length === 1 ? matches[0]!.actor : undefined;
    if (!actor && KNOWN_PEOPLE[p.surface]) actor = reg.ensure(KNOWN_PEOPLE[p.surface]!, 'person', 'person', null, null);
    if (actor) reg.mention(actor, p.start, p.end, p.surface);
  }

  // Acronyms of organisations named in full ("RIAC" for "Russian International Affairs Council").
  for (const a of acronyms) {
    const o = genericOrgs.find((g) => initials(g.name) === a.surface);
    if (o) {
      if (!o.code) o.code = a.surface;
      reg.mention(o, a.start, a.end, a.surface);
    }
  }

  // Unqualified ministries: the qualified one of the same function, else the dominant country's.
  for (const u of unqualified) {
    const sameFn = [...reg.actors.values()].filter((a) => a.kind === 'ministry' && a.partOf && a.name.endsWith(u.fn));
    let actor: Actor;
    if (sameFn.length >= 1) {
      actor = nearestByMention(sameFn, u.start) ?? sameFn[0]!;
    } else {
      const top = [...countryCount.entries()].sort((a, b) => b[1] - a[1])[0];
      actor = top && top[1] >= 2 ? ministry(reg, u.fn, top[0]) : ministry(reg, u.fn, null);
    }
    reg.mention(actor, u.start, u.end, u.surface);
  }

  function nearestByMention(candidates: Actor[], at: number): Actor | undefined {
    let best: Actor | undefined;
    let bestDist = Infinity;
    for (const m of reg.mentions) {
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

  resolveDescriptions(text, sentences, reg);

  const mentions = dedupe(reg.mentions);
  const used = new Set(mentions.map((m) => m.actor));
  // Keep actors that are mentioned, plus the countries ministries and places belong to.
  for (const a of reg.actors.values()) if (used.has(a.id) && a.partOf) used.add(a.partOf);
  const actors = [...reg.actors.values()].filter((a) => used.has(a.id));
  return { actors, mentions };
}

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
