// Sources of attributions and who they are: an actor mention, a noun phrase with its titles and apposition
// ("Marley Anderson, 21, a junior from Las Vegas,"), a pronoun (he/she → the last person named), or "the
// (Russian) statement/document" (→ the last non-person speaker, else the country of the adjective).

import type { Actor, Mention, Quote, Span } from '../types.js';
import { npAfter, npBefore } from './quote-sources.js';
import { DEMONYMS, COUNTRY_BY_CODE } from './lexicon/countries.js';
import { slug } from './slug.js';

/** Between a source and its cue; empty only before a contraction ("she’s claiming"). A time adverbial is neither
 * source nor cue ("Sanders late Monday acquiesced"). */
const FILLERS_AT_END = /(?:\s+(?:(?:also|again|once again|further|then|later|earlier|previously|repeatedly|has|have|had|only|too|firmly|(?:on|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this|earlier this)\s+(?:week|month))\s+)*|(?<=\p{L}))$/u;

const ISSUERS = new Set(['ministry', 'government', 'international-organization', 'alliance', 'organization']);

export interface Source {
  span: Span;
  speaker: string | null;
}

export interface Context {
  text: string;
  actors: Map<string, Actor>;
  mentions: Mention[];
  byStart: Map<number, Mention>;
  byEnd: Map<number, Mention>;
  /** Mentions are in order of start (as findActors gives them): lookups may then search, not scan. */
  sorted: boolean;
  quotes: Quote[];
}

/** A source starting at `pos` (after an optional "the"). */
export function sourceAt(ctx: Context, pos: number): Source | null {
  const { text } = ctx;
  const m = ctx.byStart.get(pos);
  if (m) return { span: { start: m.start, end: m.end }, speaker: m.actor };
  const det = /^(?:the|The)\s+/.exec(text.slice(pos, pos + 5));
  if (det) {
    // PolNeAR's source phrase keeps its article ("according to the Federal Bureau of Prisons").
    const m2 = ctx.byStart.get(pos + det[0].length);
    if (m2) return { span: { start: pos, end: m2.end }, speaker: m2.actor };
  }
  return fallbackSource(ctx, pos, /^(?:(?:the|The)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(statement|document|report|text|letter|note|response|reply)|(he|she|He|She))\b/u);
}

/** A source ending right before `cueStart`, allowing fillers ("the ministry also noted"). Its span is
 * the whole noun phrase (determiner, titles, modifiers: "longtime Democratic pollster Pat Caddell"); the
 * speaker is the actor of the last mention inside it. */
export function sourceEndingAt(ctx: Context, cueStart: number, floor = 0): Source | null {
  const { text } = ctx;
  const head = text.slice(Math.max(0, cueStart - 60), cueStart);
  const filler = FILLERS_AT_END.exec(head);
  if (!filler) return null;
  const end = cueStart - filler[0].length;
  if (text[end - 1] === ',') return appositiveSource(ctx, end, floor);
  return headSource(ctx, end, floor);
}

/** An adverbial or conjunction opening a sentence before its subject, with its comma ("Still,", "In his response,",
 * "When several delegates were deemed ineligible,", "On Wednesday, however,"). */
const OPENER = /^(?:(?:In|On|At|During|After|Before|Since|When|While|Once|As|If|Although|Though|Despite|For|With|Without|Under|Still|However|But|And|Yet|So|Meanwhile|Then|Now|Also|Later|Earlier|Last|This|Separately|Instead|Indeed|Speaking|Asked|\p{Lu}\p{Ll}+ly)\b[^,;:"“”]{0,100}|(?:however|though|meanwhile|too|also|for example|in turn|in fact))[,]\s+/u;
/** An auxiliary or verb of saying: a segment with one is a clause, not a description of the subject. */
const CLAUSE_VERB = /(?<![\p{L}’'-])(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|said|says|say|told|I|we|you)(?![\p{L}’'-])/u;

/** "Christopher Harvey, an African-American delegate from Houston, Texas, said …": the subject opening the sentence
 * (after an opening adverbial) with every description between commas or dashes, up to the mark closing it before
 * the cue verb at `cueStart`, when the apposition rules (appositiveSource) did not take it. The subject's first segment
 * is one noun phrase; none of the others is a clause of its own (a relative clause may be: "…, who requested
 * anonymity, said"). */
export function openingSubject(ctx: Context, cueStart: number, sentenceStart: number): Source | null {
  const { text } = ctx;
  if (cueStart - sentenceStart > 300) return null;
  const head = text.slice(sentenceStart, cueStart);
  const close = /(?:,|\s(—|--|–|-))\s*$/.exec(head);
  if (!close) return null;
  const end = sentenceStart + close.index + close[0].trimEnd().length;
  let start = sentenceStart;
  while (start < end && /[\s“"'(]/.test(text[start]!)) start++;
  for (let k = 0; k < 2; k++) {
    const o = OPENER.exec(text.slice(start, end));
    if (!o) break;
    start += o[0].length;
  }
  const dash = close[1];
  const body = text.slice(start, sentenceStart + close.index);
  // "insiders in the next two states — Nevada and South Carolina — said": the part between the dashes describes
  // the head before them, commas and all.
  const open = dash ? body.indexOf(` ${dash} `) : -1;
  if (dash && open < 0) return null;
  const segments = dash ? [body.slice(0, open), body.slice(open + dash.length + 2)] : body.split(',');
  if (segments.length < 2 || segments.length > 5 || /[;:"“”!?]/.test(body) || (dash ? segments[0]!.includes(',') || segments[1]!.includes(` ${dash} `) : /\s[-—–]{1,2}\s/.test(body))) return null;
  const np = npAfter(text, start, end);
  if (!np || np.end !== start + segments[0]!.trimEnd().length || /^(?:he|she|they|we|i|you|it|who|which)$/i.test(text.slice(np.start, np.end))) return null;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k]!;
    if (!/^\s*(?:who|whose|which)\b/.test(seg) && CLAUSE_VERB.test(seg)) return null;
  }
  // Asides closing the phrase are not the source's ("Ted Cruz, by contrast, wrote"): it ends before them, with
  // the comma that closes the description before them, or at the head when only the head is left.
  let kept = segments.length;
  while (!dash && kept > 1 && (ASIDE.test(segments[kept - 1]!) || /^\s+by\s/.test(segments[kept - 1]!))) kept--;
  let spanEnd = end;
  if (kept === 1) spanEnd = np.end;
  else if (kept < segments.length) spanEnd = start + segments.slice(0, kept).join(',').length + 1;
  // The head speaks ("Andrey Kortunov, Director General of the Russian International Affairs Council," → Kortunov),
  // else the last actor named in the whole phrase.
  const span = { start, end: spanEnd };
  const headSpeaker = ctx.byEnd.get(np.end)?.actor ?? npSource(ctx, np)!.speaker;
  return headSpeaker !== null ? { span, speaker: headSpeaker } : npSource(ctx, span);
}

/** The source phrase ending exactly at `end` (no comma before it): a mention, a noun phrase, a document or a pronoun. */
function headSource(ctx: Context, end: number, floor: number): Source | null {
  const { text } = ctx;
  // A party and state in parentheses belongs to the name: "Rep. Trey Gowdy (R-S.C.) said".
  const paren = PARTY_TAIL.exec(text.slice(Math.max(floor, end - 30), end));
  const tailEnd = end;
  if (paren) end -= paren[0].length;
  const np0 = modifiedSource(text, end, floor) ?? npBefore(text, end, Math.max(floor, end - 200));
  const np = np0 && paren ? { start: np0.start, end: tailEnd } : np0;
  const best = ctx.byEnd.get(end);
  if (best) return { span: np && np.start <= best.start ? np : { start: best.start, end: paren ? tailEnd : best.end }, speaker: best.actor };
  const head2 = text.slice(Math.max(0, end - 40), end);
  const d = DOCUMENT_ENDINGS.some((w) => head2.endsWith(w)) ? DOCUMENT_OR_PRONOUN.exec(head2) : null;
  if (d) {
    const start = end - d[1]!.length;
    const fb = fallbackSource(ctx, start, /^(?:(?:the|The)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(statement|document|report|text|letter|note|response|reply)|(he|she|He|She))\b/u);
    if (fb) return fb;
  }
  return npSource(ctx, np);
}

/** A source's modifier of closeness or knowledge with its object, ending the phrase: "people familiar with the
 * session", "a source close to him", "officials briefed on the talks". */
const CLOSE_TO = /\s(?:familiar with|close to|knowledgeable about|briefed on|with (?:direct )?knowledge of)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}$/u;

/** "A U.S. law enforcement official familiar with the investigation": the noun phrase before the modifier, with
 * the modifier and its object; null when none ends at `end`. */
function modifiedSource(text: string, end: number, floor: number): Span | null {
  const from = Math.max(floor, end - 60);
  const m = CLOSE_TO.exec(text.slice(from, end));
  if (!m || /\b(?:and|or|but|that|who|which|is|was|are|were|said|says)\b/.test(m[0])) return null;
  const at = from + m.index;
  const head = npBefore(text, at, Math.max(floor, end - 200));
  if (head) return { start: head.start, end };
  // A bare noun opening its clause: "…, people familiar with the session said."
  const bare = /(?:^|[,;:]\s*)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,})$/u.exec(text.slice(Math.max(floor, at - 40), at));
  return bare && !/\b(?:and|or|but|that|who|which|is|was|are|were|said|says|the|a|an)\b/.test(bare[1]!) ? { start: at - bare[1]!.length, end } : null;
}

/** A document or a pronoun ending a source; DOCUMENT_ENDINGS is how it can end (a quick test first). */
const DOCUMENT_OR_PRONOUN = /(?:^|\s)((?:the|The)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:statement|document|report|text|letter|note|response|reply)|he|she|He|She)$/u;
const DOCUMENT_ENDINGS = ['statement', 'document', 'report', 'text', 'letter', 'note', 'response', 'reply', 'he', 'She', 'He'];
const PARTY_TAIL = /\s*\([^()\n]{1,25}\)$/;
const APPOSITION_START = /^\s+(?:(?:a|an|the|his|her|their|its|former|then|now|one|two|who|whose|which|of|from|another|himself|herself|themselves|itself|\d+|(?:longtime|chief|senior|deputy|executive|political|campaign|press)\s[\p{L}-]+)\b|\p{L}[\p{Ll}-]+ (?:of|for|at)\b|(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:director|spokes(?:man|woman|person)|adviser|advisor|aide|chairman|chairwoman|secretary|strategist|pollster|counsel|lawyer|attorney|official|officer|executive|manager|president|professor|analyst|economist|editor|founder|leader|member)\b|\p{Lu}[\p{L}.-]*['’]s? (?:\d{4} )?(?:[\p{Ll}-]+ ){0,3}(?:manager|director|spokes(?:man|woman|person)|adviser|advisor|aide|chairman|chairwoman|secretary|strategist|pollster|counsel|lawyer|attorney|chief)\b)/u;

/** An aside between the source and its cue that is not part of the source: "Judge Stranch, in her dissent,
 * said", "Salceda, citing data from …, said", "Humphrey, for example, said". */
const ASIDE = /^\s+(?:in|on|at|during|after|before|for|with|without|however|though|too|also|meanwhile|then|now|like|unlike|speaking|asked|when|while|once|again|instead|moreover|likewise|similarly|separately|still|yet|indeed|nonetheless|meanwhile|not|only|later|earlier|today|yesterday|last|this|(?!during|according)\p{Ll}+ing|\p{Ll}+ly)\b/u;
/** A party and state tag or an age standing alone between commas: "R-Wis.", "D-N.Y.", "21", "Va.". */
const TAG = /^\s+(?:[RDI]-[\p{L}.]+|\d{1,3}|\p{Lu}[\p{L}]{0,4}\.(?:\p{Lu}\.)?)$/u;
/** Capitalised words only: a name, or a place after a name ("Harry Bond, 30, of Raleigh, N.C."). */
const NAME_ONLY = /^\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|la|van|von|del|da|bin|al))*$/u;

/** "NAME, APPOSITION, CUE": the source is the name with its apposition and the comma that closes it
 * (PolNeAR's span: "Marley Anderson, 21, a junior from Las Vegas,"), and so are "DESCRIPTION, NAME,"
 * ("A Twitter spokesman, Christopher Abboud,") and chains of them ("Sen. Lindsey Graham, R-S.C., a
 * long-shot presidential candidate,"). An aside ("Corey Lewandowski, in a statement, said") is left out.
 * `end` is just after the closing comma. */
function appositiveSource(ctx: Context, end: number, floor: number): Source | null {
  const { text } = ctx;
  const closing = end - 1;
  const commas = commasBefore(text, closing, Math.max(floor, closing - 260));
  if (commas.length === 0) return null;
  const first = text.slice(commas[0]! + 1, closing);
  if (ASIDE.test(first)) {
    // The source ends before the aside; it may have an apposition of its own ("X, a senator, in a statement, said").
    const k = commas[0]!;
    if (text[k - 1] === ',') return null;
    const src = (commas.length > 1 && isApposition(ctx, text.slice(commas[1]! + 1, k), commas[1]!) ? appositiveSource(ctx, k + 1, floor) : null) ?? headSource(ctx, k, floor);
    // Only a speaker, or a name, has an aside before its cue: "its obligations, as well as …, recall" is no source.
    return src && (src.speaker !== null || /^\p{Lu}/u.test(text.slice(src.span.start, src.span.end))) ? src : null;
  }
  // Walk left over the segments that are appositions; the head is the phrase before the last of them.
  let at = -1;
  for (let i = 0; i < commas.length; i++) {
    const segEnd = i === 0 ? closing : commas[i - 1]!;
    if (!isApposition(ctx, text.slice(commas[i]! + 1, segEnd), commas[i]!)) {
      // A relative clause with commas of its own ("Mr. Slinker, whose start-up, Paradata, uses data, said"):
      // the segments up to the one opening with who/whose/which are all of it.
      const rel = relativeOpening(text, commas, i);
      if (rel < 0) break;
      i = rel;
    }
    at = i;
  }
  if (at < 0) return null;
  const headEnd = commas[at]!;
  const mention = ctx.byEnd.get(headEnd);
  const paren = PARTY_TAIL.exec(text.slice(Math.max(floor, headEnd - 30), headEnd));
  const np = npBefore(text, paren ? headEnd - paren[0].length : headEnd, Math.max(floor, headEnd - 120));
  const lastWord = /([\p{L}.]+)\)?$/u.exec(text.slice(Math.max(0, headEnd - 30), headEnd))?.[1] ?? '';
  // The head is a name, or a description when a name follows it ("A Twitter spokesman, Christopher Abboud,").
  const described = np && NAME_ONLY.test(text.slice(headEnd + 1, at === 0 ? closing : commas[at - 1]!)) &&
    (/^(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b/.test(text.slice(np.start, np.end)) || /\p{Ll}$/u.test(text.slice(np.start, np.end)));
  if (!mention && !(np && (/^\p{Lu}/u.test(lastWord) || described))) return null;
  const start = np && (!mention || np.start <= mention.start) ? np.start : mention!.start;
  // The speaker is the head's actor ("Eswar Prasad, a professor at Cornell University," → Prasad), else the last
  // actor named in the whole phrase ("A Twitter spokesman, Christopher Abboud," → Abboud).
  const speaker = mention?.actor ?? npSource(ctx, { start, end: closing })?.speaker ?? null;
  return { span: { start, end }, speaker };
}

/** The index of the first comma at or left of `commas[from]` that opens a relative clause (", who", ", whose",
 * ", which"), or -1. */
function relativeOpening(text: string, commas: number[], from: number): number {
  for (let j = from; j < commas.length; j++) if (/^\s+(?:who|whose|which)\b/.test(text.slice(commas[j]! + 1, commas[j]! + 10))) return j;
  return -1;
}

/** Offsets of the commas before `closing` (nearest first), stopping at a sentence or quote boundary. */
function commasBefore(text: string, closing: number, lo: number): number[] {
  const out: number[] = [];
  for (let k = closing - 1; k > lo && out.length < 4; k--) {
    const c = text[k]!;
    if (c === '\n' || c === ';' || c === '"' || c === '“' || c === '”' || c === '!' || c === '?' || c === ':') break;
    // A period before a comma is an abbreviation's ("Springfield, Va., said"), not a sentence's end.
    if (c === '.' && text[k + 1] !== ',' && !/(?:\b\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp)$/u.test(text.slice(Math.max(0, k - 4), k))) break;
    if (c === ',') out.push(k);
  }
  return out;
}

/** Whether a segment between commas describes the phrase before it: an apposition ("a junior from Las
 * Vegas", "who …", "Sanders' senior media adviser"), a party tag or age, or a name after a description. */
function isApposition(ctx: Context, seg: string, comma: number): boolean {
  if (APPOSITION_START.test(seg) || TAG.test(seg)) return true;
  if (NAME_ONLY.test(seg)) {
    // A name after a description, or a place after a name or a place ("Raleigh, N.C.").
    const before = ctx.text.slice(Math.max(0, comma - 40), comma);
    // A named actor after a common noun: "An Israeli blogger, Tal Schneider,".
    const lead = /^\s*/.exec(seg)![0].length;
    const named = ctx.byStart.get(comma + 1 + lead);
    if (named && named.end === comma + 1 + seg.trimEnd().length && /\b\p{Ll}{3,}$/u.test(before)) return true;
    return /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|official|director|chairman|chairwoman|chair|president|leader|author|executive|manager|member|founder|head|secretary|candidate|governor|senator|representative|professor|analyst|strategist|pollster|attorney|lawyer|judge|pastor|officer|minister|ambassador|economist|fellow|researcher|consultant|partner|editor|reporter|owner|commissioner|mayor|chief|voter|resident|supporter|critic|daughter|son|wife|husband|father|mother|friend|[Oo]ne of [^,]+)$/.test(before) ||
      /^\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?$/u.test(seg) && /(?:\d|\p{Lu}\p{Ll}+)$/u.test(before) && ctx.byEnd.has(comma) === false && /\b(?:of|in|from)\s+\p{Lu}/u.test(before);
  }
  // A capitalised apposition with a role in it: "Sanders' senior media adviser", "Clinton's campaign manager".
  return /^\s+\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.test(seg) && ctx.byEnd.has(comma);
}

/** After a source that follows its cue: its party tag and an apposition running to the clause's end
 * (", said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus."). */
export function extendAfter(text: string, np: Span, limit: number): Span {
  const rest = text.slice(np.end, Math.min(limit, np.end + 200));
  const m = /^(\s*\([^()\n]{1,25}\))?(?:,((?:[^.;:!?"“”\n(]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp))\.){3,160}?)(?=(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp))[.;!?]\s*(?:["”]|$|\s)|["”]|$))?/u.exec(rest);
  if (!m || !m[0]) return np;
  if (m[2] !== undefined && !APPOSITION_START.test(m[2])) return m[1] ? { start: np.start, end: np.end + m[1].length } : np;
  return { start: np.start, end: np.end + m[0].length };
}

/** A generic noun-phrase source: its speaker is the last actor mentioned inside it, if any. */
export function npSource(ctx: Context, np: Span | null): Source | null {
  if (!np) return null;
  let speaker: string | null = null;
  let person: string | null = null;
  const { mentions } = ctx;
  // The last mention inside the phrase (the scan stops at the first mention starting after it); a person
  // named in it speaks rather than a place ("Senator John McCain of Arizona").
  for (let k = ctx.sorted ? firstStartingAt(mentions, np.start) : 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start >= np.end) break;
    if (m.start < np.start || m.end > np.end) continue;
    speaker = m.actor;
    const kind = ctx.actors.get(m.actor)?.kind;
    if (kind === 'person') person = m.actor;
    else if (kind === 'place' || kind === 'country') continue;
    else person = null;
  }
  // The last person unless an organisation is named after it ("a spokesman for Hillary Clinton's campaign").
  if (person) speaker = person;
  if (!speaker && /^(?:he|she|He|She)$/.test(ctx.text.slice(np.start, np.end))) speaker = lastPersonBefore(ctx, np.start);
  return { span: np, speaker };
}

/** Index of the first mention starting at or after pos (mentions in order of start). */
function firstStartingAt(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Actor of the last mention, in text order, before the first mention starting at or after pos whose actor passes ok. */
function lastBefore(ctx: Context, pos: number, ok: (a: Actor) => boolean): string | null {
  const { mentions } = ctx;
  if (ctx.sorted) {
    for (let k = firstStartingAt(mentions, pos) - 1; k >= 0; k--) {
      const a = ctx.actors.get(mentions[k]!.actor);
      if (a && ok(a)) return a.id;
    }
    return null;
  }
  let found: string | null = null;
  for (const x of mentions) {
    if (x.start >= pos) break;
    const a = ctx.actors.get(x.actor);
    if (a && ok(a)) found = a.id;
  }
  return found;
}

export function lastPersonBefore(ctx: Context, pos: number): string | null {
  return lastBefore(ctx, pos, (a) => a.kind === 'person');
}

function fallbackSource(ctx: Context, pos: number, re: RegExp): Source | null {
  const { text } = ctx;
  const m = re.exec(text.slice(pos, pos + 60));
  if (!m) return null;
  const span = { start: pos, end: pos + m[0].length };
  if (m[3]) {
    // he/she → the last person mentioned before.
    return { span, speaker: lastPersonBefore(ctx, pos) };
  }
  if (m[1] && !(m[1] in DEMONYMS)) return null;
  // A document speaks for whoever issued it: the last ministry, government or organisation named
  // before it (of the adjective's country, if one is given), else that country.
  const code = m[1] ? DEMONYMS[m[1]] : undefined;
  const countryId = code ? slug(COUNTRY_BY_CODE.get(code)?.name ?? code) : null;
  // Prefer an issuer already quoted before; then any issuer named before.
  let speaker: string | null = null;
  let latest = -1;
  for (const q of ctx.quotes) {
    const a = q.speaker ? ctx.actors.get(q.speaker) : undefined;
    if (a && q.content.start < pos && q.content.start > latest && ISSUERS.has(a.kind) && (!countryId || a.partOf === countryId)) {
      speaker = a.id;
      latest = q.content.start;
    }
  }
  if (speaker === null) speaker = lastBefore(ctx, pos, (a) => ISSUERS.has(a.kind) && (!countryId || a.partOf === countryId));
  if (!speaker && countryId && ctx.actors.has(countryId)) speaker = countryId;
  return { span, speaker };
}
