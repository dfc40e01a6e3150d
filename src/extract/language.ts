// Language of the main text: franc's trigram guess, with the page's declared language as a tie-breaker.
// franc's models and script patterns are used as data; the ranking itself is computed here from an inverted
// index (trigram → the candidate models that list it), which gives franc's result at a fraction of its cost:
// franc looks every trigram of the sample up in every model of the script (about 14,000 lookups per text).
import { data } from 'franc/data.js';
import { taggedList } from './tagged-list.js';
import { expressions } from 'franc/expressions.js';

/** ISO 639-3 (as franc returns) → ISO 639-1 for the languages news comes in most. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', mkd: 'mk', ron: 'ro',
  hun: 'hu', ell: 'el', tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', cmn: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  est: 'et', lvs: 'lv', lit: 'lt', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', cat: 'ca', glg: 'gl',
  eus: 'eu', swh: 'sw', tgl: 'tl',
};
const CANDIDATES = new Set(Object.keys(ISO3_TO_1));

/** Distance a trigram adds to a model that does not list it (franc's constant). */
const MISSING = 300;
/** Texts shorter than this are not ranked (franc's `minLength` as we call it). */
const MIN_RANKED = 20;

interface ScriptModels {
  /** Candidate languages written in the script, in the data's order (franc's order for ties). */
  langs: string[];
  /** Trigram code (see `trigramCode`) → flat pairs (language index, rank of the trigram in that language's model). */
  index: Map<number, number[]>;
}

const models = new Map<string, ScriptModels | null>();

// Trigrams are counted and looked up as small integers, not as three-character strings: every character of a
// built model gets an id (268 distinct characters in all the candidates' models, so 9 bits each), and a
// trigram's code packs its three ids. Code-keyed maps hash a number instead of a fresh string per position.
const CHAR_BITS = 9;
const charIds = new Uint16Array(65536);
let nextCharId = 1;

function charId(c: number): number {
  let id = charIds[c] ?? 0;
  if (id === 0) {
    // More characters than the code has room for would make codes collide: the models do not have them.
    if (nextCharId >= 1 << CHAR_BITS) throw new Error('language models hold more characters than trigram codes allow');
    id = nextCharId++;
    charIds[c] = id;
  }
  return id;
}

/** The code of the trigram at `i` in `s`, or 0 when one of its characters is in no built model. */
function trigramCode(s: string, i: number): number {
  const a = charIds[s.charCodeAt(i)] ?? 0;
  const b = charIds[s.charCodeAt(i + 1)] ?? 0;
  const c = charIds[s.charCodeAt(i + 2)] ?? 0;
  return a === 0 || b === 0 || c === 0 ? 0 : (((a << CHAR_BITS) | b) << CHAR_BITS) | c;
}

/**
 * The candidate languages' models of one script, indexed by trigram; built on first use. The build is its own
 * function, called once per script: kept out of the hot ranking code, it is not compiled into it (compiling the
 * ranking with the build inlined cost more CPU on a first pass over a collection than all the ranking itself).
 */
function scriptModels(script: string): ScriptModels | null {
  const m = models.get(script);
  return m !== undefined ? m : buildScriptModels(script);
}

function buildScriptModels(script: string): ScriptModels | null {
  const languages = (data as Record<string, Record<string, string>>)[script];
  let m: ScriptModels | null = null;
  if (languages) {
    const langs = Object.keys(languages).filter((l) => CANDIDATES.has(l));
    const index = new Map<number, number[]>();
    for (let li = 0; li < langs.length; li++) {
      const list = (languages[langs[li] ?? ''] ?? '').split('|');
      // A trigram listed twice keeps its first (best) rank.
      const seen = new Set<string>();
      for (let rank = 0; rank < list.length; rank++) {
        const tri = list[rank] ?? '';
        if (seen.has(tri)) continue;
        seen.add(tri);
        // Texts are cut into trigrams of three UTF-16 units: a model entry of another length never matches.
        if (tri.length !== 3) continue;
        const code = (((charId(tri.charCodeAt(0)) << CHAR_BITS) | charId(tri.charCodeAt(1))) << CHAR_BITS) | charId(tri.charCodeAt(2));
        const postings = index.get(code);
        if (postings) postings.push(li, rank);
        else index.set(code, [li, rank]);
      }
    }
    m = { langs, index };
  }
  models.set(script, m);
  return m;
}

const SCRIPTS = Object.entries(expressions as Record<string, RegExp>);

/**
 * How many times the global `pattern` matches in `text`, as `text.match(pattern).length` counts them, without
 * building the list of matched characters. `test` leaves `lastIndex` at 0 after its last, failing search.
 */
function countMatches(text: string, pattern: RegExp): number {
  // A pattern without the g flag would match at the same place forever.
  if (!pattern.global) return text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.test(text)) n++;
  return n;
}

/** The script most of the text's characters are in (the first listed wins a tie), with its share. */
function topScript(text: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const [script, pattern] of SCRIPTS) {
    const share = countMatches(text, pattern) / text.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
      // A script holding more than half of the characters cannot be beaten by another, as scripts share no
      // characters, except that franc's Japanese pattern also holds the Han characters of Chinese.
      if (share > 0.5 && script !== 'cmn') break;
    }
  }
  return [top, topShare];
}

interface TrigramCounts {
  /** Count of each trigram whose characters all have ids, by code. */
  coded: Map<number, number>;
  /** Distinct trigrams in all (those with a character no model has are in no index, but franc counts them). */
  distinct: number;
}

/** Trigram counts of the text as franc reads it: ASCII punctuation and digits dropped, spaces collapsed, lower case. */
function trigramCounts(text: string): TrigramCounts {
  const clean = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const coded = new Map<number, number>();
  let uncoded: Set<string> | null = null;
  for (let i = 0; i + 3 <= clean.length; i++) {
    const code = trigramCode(clean, i);
    if (code === 0) (uncoded ??= new Set()).add(clean.slice(i, i + 3));
    else coded.set(code, (coded.get(code) ?? 0) + 1);
  }
  return { coded, distinct: coded.size + (uncoded?.size ?? 0) };
}

/**
 * Candidate languages ranked best first with franc's scores (1 for the best, falling towards 0): the same
 * result as franc's `francAll(text, { only: candidates, minLength: 20 })`. [['und', 1]] when undecided.
 */
export function rankLanguages(text: string): [string, number][] {
  if (text.length < MIN_RANKED) return [['und', 1]];
  const [script, share] = topScript(text);
  if (!script) return [['und', 1]];
  const m = scriptModels(script);
  if (!m) {
    // A script only one language is written in (Greek, Korean, Thai…).
    return share === 0 || !CANDIDATES.has(script) ? [['und', 1]] : [[script, 1]];
  }
  if (m.langs.length === 0) return [['und', 1]];
  const counts = trigramCounts(text);
  const distance = new Array<number>(m.langs.length).fill(MISSING * counts.distinct);
  for (const [code, count] of counts.coded) {
    const postings = m.index.get(code);
    if (!postings) continue;
    for (let i = 0; i < postings.length; i += 2) {
      const li = postings[i] ?? 0;
      distance[li] = (distance[li] ?? 0) + Math.abs(count - (postings[i + 1] ?? 0) - 1) - MISSING;
    }
  }
  // Filled by a loop into a list made for objects: a `map` result starts as a list of small integers and
  // converts on its first pair, which threw away the compiled ranking on later pages (see tagged-list.ts).
  const ranked = taggedList<[string, number]>();
  for (let i = 0; i < m.langs.length; i++) ranked.push([m.langs[i] ?? '', distance[i] ?? 0]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]?.[1] ?? 0;
  const max = text.length * MISSING - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}

/** Characters of the text given to franc. */
const SAMPLE_CHARS = 600;
/** Texts shorter than this are too short for trigrams to decide alone. */
export const SHORT_TEXT = 200;
/** Runner-up scoring at least this share of the best means the guess is unsure. */
const UNSURE_RATIO = 0.97;

export interface LanguageGuess {
  language: string | null;
  how: string;
}

/** Primary subtag of a BCP 47 tag ("en-GB" → "en"), or null when it is not a plausible code. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  if (!m?.[1]) return null;
  const code = m[1].toLowerCase();
  if (code.length === 3) return ISO3_TO_1[code] ?? code;
  return code;
}

export function detectLanguage(text: string, hint: string | null): LanguageGuess {
  const hinted = primarySubtag(hint);
  // Trigram scoring is the single largest cost of extracting a text article and grows with the sample;
  // 600 characters (about 100 words) agree with a 1,500-character sample on all 804 WCXB/PolNeAR texts
  // tried (BENCHMARKS.md) at 40 % of the cost.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const ranked = rankLanguages(sample);
  const best = ranked[0];
  if (!best || best[0] === 'und') {
    return hinted ? { language: hinted, how: 'declared by the page (text too short to detect)' } : { language: null, how: 'unknown' };
  }
  const detected = ISO3_TO_1[best[0]] ?? null;
  const second = ranked[1];
  const unsure = second !== undefined && second[1] >= best[1] * UNSURE_RATIO;
  const short = sample.length < SHORT_TEXT;
  if (hinted && (unsure || short)) {
    const hintRank = ranked.slice(0, 5).findIndex(([code]) => ISO3_TO_1[code] === hinted);
    // The declaration decides between close candidates; it does not override a script the text is not in.
    if (hintRank >= 0 || short) return { language: hinted, how: `declared by the page (detection ${unsure ? 'unsure' : 'on short text'})` };
  }
  if (!detected) return hinted ? { language: hinted, how: 'declared by the page' } : { language: null, how: 'unknown' };
  if (hinted && hinted !== detected) return { language: detected, how: `detected from the text (page declares ${hinted})` };
  return { language: detected, how: 'detected from the text' };
}
