// Direct quotes: a top-level quoted span (see quote-marks.ts) attributed by the words after it
// (“...,” the diplomat clarified / “...,” said Lavrov) or before it (Lavrov said: “...”), or, failing
// both, by a source and cue earlier in the same sentence. Unattributed quoted spans of fewer than
// eight words are scare quotes or titles and are not reported.

import type { Quote, Span } from '../types.js';
import { CUE_WORDS, WEAK_CUES } from './lexicon/cues.js';
import { dashAttribution } from './quote-labels.js';
import type { QuotedSpan } from './quote-marks.js';
import { npAfter } from './quote-sources.js';
import { CUE_FIRST_WORDS, WORDS, cueAt, widenCue } from './quote-cues.js';
import { widenBack, widenQuoted } from './quote-clauses.js';
import { extendAfter, npSource, openingSubject, sourceAt, sourceEndingAt } from './quote-speakers.js';
import type { Context, Source } from './quote-speakers.js';

const MIN_UNATTRIBUTED_WORDS = 8;
/** The clause after a quote, up to its end: periods of titles and initials ("Mr.", "Sen.", "J.", "(D-Wis.)") do not end it. */
const CLAUSE_AFTER = /^(?:[^.!?;:“”"«»\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|Lt|Col|Prof|St|Rev|Sgt|Capt|Maj|Adm|Lt|Pres|Atty|Supt|Det|\p{Lu}))\.|(?<=[(-]\p{Lu}[\p{L}.]{0,6})\.(?=[),])){0,220}/u;
/** The whole sentence after a quote closed by a period is its attribution: "“…sorry.” Trump said." */
const SAID_ALONE = /^\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey) (said|says|added|wrote|told reporters|tweeted)\.(?=\s|$)/u;

export function findDirect(ctx: Context, sentences: Span[], spans: QuotedSpan[]): Quote[] {
  const out: Quote[] = [];
  for (let k = 0; k < spans.length; k++) directQuote(ctx, sentences, spans[k]!, out);
  return out;
}

/** One quoted span: its attribution, or the previous quote's it goes on from, or none (then reported only when
 * long enough). A small function of its own, so that V8 recompiles little when a text takes a new path. */
function directQuote(ctx: Context, sentences: Span[], q: QuotedSpan, out: Quote[]): void {
  const { text } = ctx;
  let cs = q.open + 1;
  let ce = q.close;
  while (cs < ce && /\s/.test(text[cs]!)) cs++;
  while (ce > cs && /[\s,]/.test(text[ce - 1]!)) ce--;
  if (ce <= cs) return;
  // PolNeAR's convention, which the held-out evaluation follows: a direct quote's content is the whole
  // quoted span with its marks (“We will respond,”).
  const content = { start: q.open, end: q.close + 1 };
  let attribution = dashed(ctx, q.close + 1) ?? after(ctx, q.close + 1) ?? before(ctx, q.open) ?? inSentence(ctx, sentences, q.open, q.close);
  if (attribution && isTitleInAdverbial(text, sentences, q, attribution.cue)) attribution = null;
  if (attribution && attribution.cue.end <= q.open) widenQuoted(text, sentences, attribution.cue, content);
  else if (attribution && attribution.cue.start >= q.close) widenBack(text, sentences, content);
  const words = text.slice(cs, ce).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // "He said that his rival is a “puppet” and that she would “keep the system.”": quotations in one reported
  // clause after the same cue are one content, as PolNeAR marks it, running to the last of them.
  const last = out[out.length - 1];
  if (attribution && last?.cue && last.cue.start === attribution.cue.start && attribution.cue.end <= q.open && last.content.start >= attribution.cue.end) {
    last.content.end = Math.max(last.content.end, content.end);
    return;
  }
  // “…,” he said. “…” — a quote going on right after the previous one's trailing attribution is its speaker's too.
  const prev = out[out.length - 1];
  const goesOn = !attribution && prev?.cue && prev.source && prev.cue.start > prev.content.end && prev.cue.start < q.open &&
    /^[^\n“”"«»]{0,80}[.!?:]\s*$/.test(text.slice(prev.content.end, q.open)) && q.open - prev.content.end < 120;
  if (!attribution && !goesOn && words < MIN_UNATTRIBUTED_WORDS) return;
  const quote: Quote = goesOn
    ? { source: prev!.source, cue: prev!.cue, content, speaker: prev!.speaker, direct: true }
    : {
        source: attribution?.source?.span ?? null,
        cue: attribution?.cue ?? null,
        content,
        speaker: attribution?.source?.speaker ?? null,
        direct: true,
      };
  out.push(quote);
  ctx.quotes.push(quote);
}

/** A short quoted title inside an adverbial, before the source ("On ABC's “This Week,” Rubio said that …", "At an
 * event billed as “Hard Hats for Hillary,” Clinton unveiled …") or after the cue ("said on MSNBC’s “Morning Joe.”"):
 * the cue reports a clause of its own, not the title. */
function isTitleInAdverbial(text: string, sentences: Span[], q: QuotedSpan, cue: Span): boolean {
  const inner = text.slice(q.open + 1, q.close).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (inner > 5) return false;
  // "he said Wednesday on MSNBC’s “Morning Joe.”": a show or work named after a possessive or a preposition.
  if (cue.end <= q.open) return /\p{L}/u.test(text.slice(cue.end, q.open)) && /(?:\p{L}['’]s?|\b(?:on|in|at|of|for|to))\s*$/u.test(text.slice(cue.end, q.open));
  if (cue.start < q.close) return false;
  const s = sentences.find((x) => x.start <= q.open && q.open < x.end);
  if (!s) return false;
  const head = text.slice(s.start, q.open);
  if (!/^\s*(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ii]nside|[Oo]utside|[Aa]ppearing on|[Ss]peaking (?:on|at|to))\s/.test(head)) return false;
  // The cue goes on with a clause of its own (at least three words before the sentence ends).
  return /^\s+(?:that\s+)?[\p{L}“"'][^.!?]*?\s\S+\s\S+/u.test(text.slice(cue.end, s.end));
}

interface Attribution {
  source: Source | null;
  cue: Span;
}

/** “...” ― NAME at the end of a line. */
function dashed(ctx: Context, pos: number): Attribution | null {
  const d = dashAttribution(ctx.text, pos);
  if (!d) return null;
  const m = ctx.byStart.get(d.source.start);
  return { source: { span: d.source, speaker: m && m.end <= d.source.end ? m.actor : null }, cue: d.cue };
}

/** “...,” SOURCE CUE  |  “...,” CUE SOURCE */
function after(ctx: Context, pos: number): Attribution | null {
  const { text } = ctx;
  const lead = /^[ \t\u00a0]*[,—–-]?[ \t\u00a0]*/.exec(text.slice(pos, pos + 12))![0];
  const at = pos + lead.length;
  const verb = cueAt(text, at);
  const cue = verb ? widenCue(text, verb, at) : null;
  if (cue && /^\s+/.test(text.slice(cue.end, cue.end + 2))) {
    const sp = /^\s+/.exec(text.slice(cue.end, cue.end + 4))![0].length;
    const np0 = npAfter(text, cue.end + sp, text.length);
    const np = np0 ? extendAfter(text, np0, text.length) : null;
    const src = sourceAt(ctx, cue.end + sp);
    if (np || src) return { source: src ? { span: np && np.start <= src.span.start && np.end >= src.span.end ? np : src.span, speaker: src.speaker } : npSource(ctx, np), cue };
  }
  // SOURCE CUE: the first cue word within the clause after the quote, with a source phrase starting at `at`.
  // A quote closed by a period ended its sentence: what follows is a new one ("“…vote.” Trump accused her…").
  if (/\.\s*$/.test(text.slice(Math.max(0, pos - 3), pos - 1)) && !lead.includes(',')) {
    const alone = SAID_ALONE.exec(text.slice(pos, pos + 80));
    if (!alone) return null;
    const srcStart = pos + alone[0].indexOf(alone[1]!);
    const cueStart = srcStart + alone[1]!.length + 1;
    const src = sourceAt(ctx, srcStart) ?? npSource(ctx, { start: srcStart, end: srcStart + alone[1]!.length });
    return { source: src ? { span: { start: srcStart, end: srcStart + alone[1]!.length }, speaker: src.speaker } : null, cue: { start: cueStart, end: cueStart + alone[2]!.length } };
  }
  const clause = CLAUSE_AFTER.exec(text.slice(at, at + 240))![0];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(clause); m; m = WORDS.exec(clause)) {
    if (!CUE_WORDS.has(m[0])) continue;
    const verb = cueAt(text, at + m.index);
    if (!verb) continue;
    // A weak cue ("continued", "joked") attributes a quote only when the clause ends with it: "“…,” he continued."
    if (WEAK_CUES.has(m[0]) && !/^\s*(?:[.,;:!?…]|$)/.test(text.slice(verb.end, verb.end + 3))) continue;
    const full = widenCue(text, verb, at);
    const src = sourceEndingAt(ctx, full.start, at);
    if (src && src.span.start === at) return { source: src, cue: full };
    // "''…,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": descriptions the apposition rules do not know.
    const described = src ? null : openingSubject(ctx, full.start, at);
    if (described && described.span.start === at) return { source: described, cue: full };
    break;
  }
  return null;
}

/** Whether `head` could end a cue before a quote: after trailing spaces, one ':' or ',' and spaces, a
 * lower-case ASCII letter (every form BEFORE_CUE matches ends so); a quick test before the pattern. */
function endsLikeCue(head: string): boolean {
  let k = head.length - 1;
  while (k >= 0 && /\s/.test(head[k]!)) k--;
  if (k >= 0 && (head[k] === ':' || head[k] === ',')) k--;
  while (k >= 0 && /\s/.test(head[k]!)) k--;
  if (k < 0) return false;
  const c = head.charCodeAt(k);
  return c >= 97 && c <= 122;
}

const BEFORE_CUE = /(?:^|[^\p{L}])([a-z]+(?: (?:out|up))?)(?:\s+(?:that|in a statement))?\s*[:,]?\s*$/u;

/** SOURCE CUE: “...”  |  SOURCE CUE that “...” */
function before(ctx: Context, open: number): Attribution | null {
  const { text } = ctx;
  const head = text.slice(Math.max(0, open - 40), open);
  const m = endsLikeCue(head) ? BEFORE_CUE.exec(head) : null;
  if (!m) return null;
  const cueStart = open - head.length + m.index + m[0].indexOf(m[1]!);
  const verb = cueAt(text, cueStart);
  if (!verb) return null;
  const cue = widenCue(text, verb, Math.max(0, open - 200));
  return { source: sourceEndingAt(ctx, cue.start, Math.max(0, open - 200)), cue };
}

/** A source and cue earlier in the quote's sentence ("the ministry insists ..., since “...”"), for a quote that ends the sentence. */
function inSentence(ctx: Context, sentences: Span[], open: number, close: number): Attribution | null {
  const s = sentences.find((x) => x.start <= open && open < x.end);
  if (!s || s.start === open) return null;
  if (!/^[\s.!?”"»]*$/.test(ctx.text.slice(close + 1, s.end))) return null;
  const head = ctx.text.slice(s.start, open);
  let best: Attribution | null = null;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(head); m; m = WORDS.exec(head)) {
    if (!CUE_FIRST_WORDS.has(m[0])) continue;
    const cue = cueAt(ctx.text, s.start + m.index);
    if (!cue) continue;
    const src = sourceEndingAt(ctx, cue.start);
    if (src) best = { source: src, cue };
  }
  return best;
}
