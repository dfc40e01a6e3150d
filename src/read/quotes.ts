// Direct quotes and reported speech, with their source, cue verb and speaker.
//
// Direct: a top-level quoted span (see quote-marks.ts) attributed by the words after it
// (“...,” the diplomat clarified / “...,” said Lavrov) or before it (Lavrov said: “...”), or, failing
// both, by a source and cue earlier in the same sentence. Unattributed quoted spans of fewer than
// eight words are scare quotes or titles and are not reported.
// Indirect: "SOURCE CUE that CLAUSE", "CLAUSE, SOURCE CUE.", "SOURCE CUE, CLAUSE" (parenthetical),
// "according to SOURCE, CLAUSE", "CLAUSE, according to SOURCE", "As CUE in/by SOURCE, CLAUSE",
// "…, CUEing CLAUSE" (the sentence's subject speaks), "SOURCE CUE … and CUE2 CLAUSE", "his NOUN that CLAUSE".
// Layout marks attributions too (quote-labels.ts): "WALLACE: …" transcripts, "Name: headline", “…” ― Name.
// Cue words: the hand lists in lexicon/cues.ts plus words learned from PolNeAR's train split (cue-lexicon.json).
// A source is an actor mention (descriptions like "the diplomat" are mentions already resolved by
// findActors), a pronoun (he/she → the last person named), or "the (Russian) statement/document"
// (→ the last non-person speaker, else the country of the adjective).

import type { Actor, Mention, Quote, Span } from '../types.js';
import { CUE_VERB_SET } from './lexicon/words.js';
import { CUE_PARTICLES, CUE_PREFIX, CUE_WORDS, WEAK_CUES } from './lexicon/cues.js';
import { npAfter, npBefore } from './quote-sources.js';
import { DEMONYMS, COUNTRY_BY_CODE } from './lexicon/countries.js';
import { findQuotedSpans } from './quote-marks.js';
import { dashAttribution, findLabels } from './quote-labels.js';
import type { QuotedSpan } from './quote-marks.js';
import { slug } from './slug.js';

/** Between a source and its cue; empty only before a contraction ("she’s claiming"). */
const FILLERS_AT_END = /(?:\s+(?:(?:also|again|once again|further|then|later|earlier|previously|repeatedly|has|have|had|only|too|firmly)\s+)*|(?<=\p{L}))$/u;
const LOWER_WORD = /[a-z]+/y;
const WORDS = /\b[a-z]+\b/g;
const CUE_FIRST_WORDS = new Set([...CUE_VERB_SET].map((v) => v.split(' ')[0]!));
const MIN_UNATTRIBUTED_WORDS = 8;
/** The clause after a quote, up to its end: periods of titles and initials ("Mr.", "Sen.", "J.", "(D-Wis.)") do not end it. */
const CLAUSE_AFTER = /^(?:[^.!?;:“”"«»\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|Lt|Col|Prof|St|Rev|Sgt|Capt|Maj|Adm|Lt|Pres|Atty|Supt|Det|\p{Lu}))\.){0,220}/u;
/** What may follow a trailing attribution's cue: adverbials of place, time and channel only. */
const TRAILING_TAIL = /^(?:\s*,?\s*(?:in (?:a|its|his|her|their) (?:statement|comment|commentary|release|interview|letter|note)|on (?:its|the|his|her) (?:website|channel|page)|on \p{L}+(?: \d+)?|today|yesterday|earlier|later|again|also|then|recently))*\s*[.!?…]?["”»]?$/u;
const ISSUERS = new Set(['ministry', 'government', 'international-organization', 'alliance', 'organization']);

interface Source {
  span: Span;
  speaker: string | null;
}

interface Context {
  text: string;
  actors: Map<string, Actor>;
  mentions: Mention[];
  byStart: Map<number, Mention>;
  byEnd: Map<number, Mention>;
  /** Mentions are in order of start (as findActors gives them): lookups may then search, not scan. */
  sorted: boolean;
  quotes: Quote[];
}

export function findQuotes(text: string, sentences: Span[], actors: Actor[], mentions: Mention[]): Quote[] {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.start, m);
    byEnd.set(m.end, m);
  }
  let sorted = true;
  for (let k = 1; k < mentions.length && sorted; k++) sorted = mentions[k - 1]!.start <= mentions[k]!.start;
  const ctx: Context = { text, actors: new Map(actors.map((a) => [a.id, a])), mentions, byStart, byEnd, sorted, quotes: [] };

  const spans = findQuotedSpans(text);
  const direct = findDirect(ctx, sentences, spans);
  const usedCues = new Set(direct.map((q) => q.cue?.start).filter((x): x is number => x !== undefined));
  // Quoted spans too short to report still hide their words from the indirect patterns.
  const quoted = spans.map((q) => ({ start: q.open, end: q.close + 1 }));
  const indirect = findIndirect(ctx, sentences, usedCues, quoted);
  // Words quoted inside reported speech without their own attribution are the reporter's source's words.
  for (const q of direct) {
    if (q.speaker !== null || q.source !== null) continue;
    const host = indirect.find((r) => r.content.start <= q.content.start && q.content.end <= r.content.end);
    if (host) {
      q.source = host.source;
      q.cue = host.cue;
      q.speaker = host.speaker;
    }
  }
  // Speaker labels ("WALLACE: …"): a quoted span inside a labelled line without its own source is part of it.
  const labels = findLabels(text).map((l): Quote => {
    const m = byStart.get(l.source.start);
    return { source: l.source, cue: l.cue, content: l.content, speaker: m && m.end <= l.source.end ? m.actor : null, direct: true };
  });
  const inLabel = (q: Quote): boolean => q.source === null && labels.some((l) => l.content.start <= q.content.end && q.content.start < l.content.end);
  return [...direct.filter((q) => !inLabel(q)), ...indirect, ...labels].sort((a, b) => a.content.start - b.content.start);
}

// ── direct ──────────────────────────────────────────────────────────────

function findDirect(ctx: Context, sentences: Span[], spans: QuotedSpan[]): Quote[] {
  const { text } = ctx;
  const out: Quote[] = [];
  for (const q of spans) {
    let cs = q.open + 1;
    let ce = q.close;
    while (cs < ce && /\s/.test(text[cs]!)) cs++;
    while (ce > cs && /[\s,]/.test(text[ce - 1]!)) ce--;
    if (ce <= cs) continue;
    // PolNeAR's convention, which the held-out evaluation follows: a direct quote's content is the whole
    // quoted span with its marks (“We will respond,”).
    const content = { start: q.open, end: q.close + 1 };
    const attribution = dashed(ctx, q.close + 1) ?? after(ctx, q.close + 1) ?? before(ctx, q.open) ?? inSentence(ctx, sentences, q.open, q.close);
    if (attribution && attribution.cue.end <= q.open) widenQuoted(text, sentences, attribution.cue, content);
    else if (attribution && attribution.cue.start >= q.close) widenBack(text, sentences, content);
    const words = text.slice(cs, ce).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    // “…,” he said. “…” — a quote going on right after the previous one's trailing attribution is its speaker's too.
    const prev = out[out.length - 1];
    const goesOn = !attribution && prev?.cue && prev.source && prev.cue.start > prev.content.end && prev.cue.start < q.open &&
      /^[^\n“”"«»]{0,80}[.!?:]\s*$/.test(text.slice(prev.content.end, q.open)) && q.open - prev.content.end < 120;
    if (!attribution && !goesOn && words < MIN_UNATTRIBUTED_WORDS) continue;
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
  return out;
}

/** A quote that is only part of the reported clause ("said that his rival was “unfit” to serve"): the
 * content is the whole clause, from "that" (or the first word after the cue) to the clause's end. A cue
 * that ends in a colon introduces the quote alone. */
function widenQuoted(text: string, sentences: Span[], cue: Span, content: Span): void {
  const gap = text.slice(cue.end, content.start);
  // A comma inside the gap puts the quote in a clause of its own ("insists on X, since “…”").
  if (!/\p{L}/u.test(gap) || /[:;!?\n]|[.]\s|\S\s*,/.test(gap)) return;
  const that = /\bthat\b/.exec(gap);
  content.start = cue.end + (that ? that.index : /^[\s,]*/.exec(gap)![0].length);
  if (/[.!?][’'"”»]$/.test(text.slice(content.end - 2, content.end))) return;
  const s = sentences.find((x) => x.start <= content.end - 1 && content.end - 1 < x.end);
  if (!s || s.end <= content.end) return;
  const rest = text.slice(content.end, s.end);
  // The clause goes on after the quote, up to the sentence's end (not into a new attribution or quote).
  if (/["“”«»]|,\s*(?:saying|adding|according)\b/.test(rest)) return;
  content.end = trimSpan(text, { start: content.end, end: s.end }).end;
}

/** A quote attributed after it that closes a clause begun by the reporter ("With so many systems, “there
 * is no single point of failure,” he said"): the content is the whole clause, from the sentence's start. */
function widenBack(text: string, sentences: Span[], content: Span): void {
  const s = sentences.find((x) => x.start <= content.start && content.start < x.end);
  if (!s || s.start >= content.start) return;
  const head = text.slice(s.start, content.start);
  if (!/\p{L}/u.test(head) || /["“”«»:;]|''/.test(head)) return;
  const lead = /^(?:\s|(?:And|But|So|Yet)\s+)*/.exec(head)![0].length;
  content.start = s.start + lead;
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
  if (/\.\s*$/.test(text.slice(Math.max(0, pos - 3), pos - 1)) && !lead.includes(',')) return null;
  const clause = CLAUSE_AFTER.exec(text.slice(at, at + 240))![0];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(clause); m; m = WORDS.exec(clause)) {
    if (!CUE_WORDS.has(m[0]) || WEAK_CUES.has(m[0])) continue;
    const verb = cueAt(text, at + m.index);
    if (!verb) continue;
    const full = widenCue(text, verb, at);
    const src = sourceEndingAt(ctx, full.start, at);
    if (src && src.span.start === at) return { source: src, cue: full };
    break;
  }
  return null;
}

/** A reporting verb (one or two words: "pointed out") starting exactly at `pos`. */
function cueAt(text: string, pos: number): Span | null {
  if (pos > 0 && /[\p{L}]/u.test(text[pos - 1]!)) return null;
  LOWER_WORD.lastIndex = pos;
  const m = LOWER_WORD.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (end < text.length && /\p{L}/u.test(text[end]!)) return null;
  const two = /^ (?:out|up)\b/.exec(text.slice(end, end + 5));
  if (two && CUE_VERB_SET.has(m[0] + two[0])) return { start: pos, end: end + two[0].length };
  if (!CUE_WORDS.has(m[0])) return null;
  const particles = particlesOf(m[0]);
  if (particles) {
    const p = /^ ([a-z]+)\b/.exec(text.slice(end, end + 9));
    if (p && particles.includes(p[1]!)) return { start: pos, end: end + p[0].length };
  }
  return { start: pos, end };
}

const PARTICLES = new Map<string, string[] | undefined>();

/** Particles that may join a cue word ("point" → out), by its lemma; remembered per cue word (a closed set). */
function particlesOf(word: string): string[] | undefined {
  if (PARTICLES.has(word)) return PARTICLES.get(word);
  const stem = word.replace(/(?:ing|ed|s)$/, '');
  // "called" → call, "planned" → plan, "referring" → refer, "pointed" → point.
  const lemma = stem.replace(/(.)\1$/, '$1');
  const particles = CUE_PARTICLES[stem] ?? CUE_PARTICLES[lemma] ?? CUE_PARTICLES[lemma + 'e'];
  PARTICLES.set(word, particles);
  return particles;
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

// ── indirect ────────────────────────────────────────────────────────────

function findIndirect(ctx: Context, sentences: Span[], usedCues: Set<number>, quoted: Span[]): Quote[] {
  const { text } = ctx;
  const out: Quote[] = [];
  const insideQuote = (p: number): boolean => quoted.some((q) => q.start <= p && p < q.end);
  const add = (source: Source | null, cue: Span, content: Span): void => {
    if (usedCues.has(cue.start) || insideQuote(cue.start)) return;
    const c = trimSpan(text, cutClause(text, content));
    // A conjunction linking the clause to the sentence before is not reported ("And Clinton leads, a poll shows").
    const conj = /^(?:And|But|So|Yet|Still|Meanwhile|However|Also)\s+(?=\p{L})/u.exec(text.slice(c.start, c.start + 12));
    if (conj) c.start += conj[0].length;
    if (c.end - c.start < 3 || !source) return;
    usedCues.add(cue.start);
    const q: Quote = { source: source.span, cue, content: c, speaker: source.speaker, direct: false };
    out.push(q);
    ctx.quotes.push(q);
  };
  const cueWords = textCueWords(text);
  for (const s of sentences) {
    const str = text.slice(s.start, s.end);
    // A sentence opening with a quote mark is read too: cues inside quoted spans are skipped by add().
    if (/^(?:["“”«„]|'')/.test(str) && !quoted.some((q) => q.start >= s.start && q.start < s.end)) continue;
    // According to SOURCE, CLAUSE  /  CLAUSE, according to SOURCE.
    for (const m of str.includes('ccording to') ? str.matchAll(/\b([Aa]ccording to)\s+/g) : []) {
      const at = s.start + m.index + m[0].length;
      // "the position, according to which …" is a relative clause, not an attribution.
      if (/^(?:which|whom|whose)\b/.test(text.slice(at, at + 6))) continue;
      // The source is whatever follows, up to the clause's comma or end ("according to exit polls,").
      const np = npAfter(text, at, s.end);
      const rest = /^[^,;:.!?"“”]*(?:(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|U\.S|Inc|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.[^,;:.!?"“”]*)*/u.exec(text.slice(at, s.end))![0].replace(/\s+$/, '');
      const wide = rest.split(/\s+/).length <= 16 && /\p{L}/u.test(rest) && (!np || np.end < at + rest.length) ? { start: at, end: at + rest.length } : null;
      const src = wide ? npSource(ctx, wide) : (sourceAt(ctx, at) ?? npSource(ctx, np));
      if (!src) continue;
      const cue = { start: s.start + m.index, end: s.start + m.index + m[1]!.length };
      if (m.index === 0 || /^\s*$/.test(str.slice(0, m.index))) {
        // Skip an apposition after the source (", the press secretary of the mission,").
        let p = src.span.end;
        const app = /^,\s+(?:the|a|an)\s+[^,]{1,100},/.exec(text.slice(p, s.end));
        if (app) p += app[0].length;
        else {
          const comma = /^[^,]{0,40},/.exec(text.slice(p, s.end));
          if (!comma) continue;
          p += comma[0].length;
        }
        add(src, cue, { start: p, end: s.end });
      } else if (/,\s*$/.test(str.slice(0, m.index))) {
        add(src, cue, { start: s.start, end: s.start + str.slice(0, m.index).replace(/,\s*$/, '').length });
      }
    }
    // POSSESSOR's NOUN that CLAUSE: "his claim that …", "Trump’s insistence that …".
    for (let at = str.indexOf(' that '); at >= 0; at = str.indexOf(' that ', at + 6)) {
      const from = Math.max(0, at - 60);
      const m = NOUN_CUE.exec(str.slice(from, at));
      if (!m) continue;
      const srcStart = s.start + from + m.index + m[0].indexOf(m[1]!);
      const src = { start: srcStart, end: srcStart + m[1]!.length };
      const cueStart = s.start + from + m.index + m[0].length - m[2]!.length;
      const mention = ctx.byStart.get(src.start);
      const speaker = mention ? mention.actor : /^(?:his|her)$/i.test(m[1]!) ? lastPersonBefore(ctx, src.start) : null;
      add({ span: src, speaker }, { start: cueStart, end: cueStart + m[2]!.length }, { start: s.start + at + 1, end: s.end });
    }
    // As CUE in/by SOURCE, CLAUSE
    const as = /^As\s+([a-z]+)\s+(?:in|by|at)\s+/.exec(str);
    if (as && CUE_VERB_SET.has(as[1]!)) {
      const at = s.start + as[0].length;
      const src = sourceAt(ctx, at);
      if (src) {
        const comma = text.indexOf(',', src.span.end);
        if (comma > 0 && comma < s.end) add(src, { start: s.start + 3, end: s.start + 3 + as[1]!.length }, { start: comma + 1, end: s.end });
      }
    }
    for (const m of cueWordsIn(text, s, str, cueWords)) {
      const verb = cueAt(text, s.start + m.index);
      if (!verb) continue;
      const cue = widenCue(text, verb, s.start);
      const tail = text.slice(verb.end, s.end);
      // A particle makes a weak cue a verb ("called for", "pointed to").
      const weak = WEAK_CUES.has(m[0]) && verb.end === s.start + m.index + m[0].length;
      // ..., CUEing CLAUSE: a participle after a comma reports what the sentence's subject said.
      if (cue.start === verb.start && m[0].endsWith('ing') && /,["”]?\s*$/.test(text.slice(s.start, cue.start))) {
        const subject = subjectOf(ctx, s, cue.start);
        const that = thatAfterGap(tail, m[0]) ?? /^[\s,]+(?=[\p{L}\d“"])/u.exec(tail);
        if (subject && that && !/^\s+(?:by|in|for|with|of|on|at|from|about|him|them|us|me)\b/.test(tail)) {
          add(subject, cue, { start: verb.end + that[0].length, end: s.end });
        }
        continue;
      }
      // "SOURCE said …, but noted that …": a coordinated cue shares the earlier cue's source.
      // Only an inflected verb: a base form after "and" is an infinitive's ("refuses to talk and conclude").
      if (/\s(?:and|but)\s+$/.test(text.slice(Math.max(s.start, cue.start - 6), cue.start)) && !weak && finite(m[0])) {
        const earlier = earlierSource(ctx, s, cue.start);
        const that = thatAfterGap(tail, m[0]) ?? /^\s+(?=[\p{L}\d“"])/u.exec(tail);
        if (earlier && that && !/^\s+(?:by|in|for|with|of|on|at|from|about|him|them|us|me)\b/.test(tail)) {
          add(earlier, cue, { start: verb.end + that[0].length, end: s.end });
          continue;
        }
      }
      const src = sourceEndingAt(ctx, cue.start, s.start);
      if (src) {
        // SOURCE CUE that CLAUSE  /  SOURCE CUE (to) CLAUSE
        const that = /^(?:\s+(?:in a statement|on \p{L}+ \d+|on \p{L}+|today|yesterday|earlier|again|also))?,?\s+(?=that\s)/u.exec(tail) ?? thatAfterGap(tail, m[0]);
        if (that) {
          add(src, cue, { start: verb.end + that[0].length, end: s.end });
          continue;
        }
        const object = objectGap(m[0], tail);
        if (object) {
          add(src, cue, { start: verb.end + object[0].length, end: s.end });
          continue;
        }
        const beforeSrc = text.slice(s.start, src.span.start);
        // CLAUSE, SOURCE CUE.
        if (/,\s*$/i.test(beforeSrc) && TRAILING_TAIL.test(tail) && beforeSrc.trim().length > 15) {
          add(src, cue, { start: s.start, end: s.start + beforeSrc.replace(/,\s*$/i, '').length });
          continue;
        }
        // ..., SOURCE CUE, CLAUSE (parenthetical)
        const paren = /^\s*,\s+/.exec(tail);
        if (paren && /,\s*$/i.test(beforeSrc)) {
          add(src, cue, { start: verb.end + paren[0].length, end: s.end });
          continue;
        }
        if (paren && src.span.start === s.start) {
          add(src, cue, { start: verb.end + paren[0].length, end: s.end });
          continue;
        }
        // SOURCE CUE CLAUSE: a clause (or an infinitive for wants/plans/hopes) right after the cue.
        const direct = /^\s+(?=[\p{L}\d])/u.exec(tail);
        // A weak cue ("plans", "demands", "counter") is as often a noun: only a known actor or a pronoun makes it a verb.
        const speaks = src.speaker !== null || /^(?:he|she|they|we|i)$/i.test(text.slice(src.span.start, src.span.end));
        // Polls and studies "show" and "find"; people "call" things names ("called the plan “a disaster”").
        const evidence = /^(?:show|shows|showed|shown|find|finds|found)$/.test(m[0]) && EVIDENCE.test(text.slice(src.span.start, src.span.end));
        const naming = /^call(?:s|ed)?$/.test(m[0]) && speaks && /^\s+(?:[\p{L}’'.-]+\s+){1,8}?(?:a|an|["“]|'')/u.test(tail);
        if (direct && (!weak || (/^\s+to\s/.test(tail) && speaks) || evidence || naming) && !/^\s+(?:by|in|for|with|of|on|at|from|about|him|them|us|me)\b/.test(tail)) {
          add(src, cue, { start: verb.end + direct[0].length, end: s.end });
          continue;
        }
      }
      // CLAUSE, CUE SOURCE.  (inverted: "..., said Sen. Smith.")
      if (!weak && /,\s*$/.test(text.slice(s.start, cue.start)) && cue.start === verb.start) {
        const after = /^\s+/.exec(tail);
        const np0 = after ? npAfter(text, verb.end + after[0].length, s.end) : null;
        const np = np0 ? extendAfter(text, np0, s.end) : null;
        const isrc = np ? (sourceAt(ctx, np.start) ?? npSource(ctx, np)) : null;
        if (isrc && np && /^[\s,]*(?:[.!?…]["”»]?)?$/.test(text.slice(np.end, s.end)) || (isrc && /^,/.test(text.slice(isrc.span.end, s.end)))) {
          const head = text.slice(s.start, cue.start).replace(/,\s*$/, '');
          if (head.trim().length > 15) add({ span: np ?? isrc!.span, speaker: isrc!.speaker }, verb, { start: s.start, end: s.start + head.length });
        }
      }
    }
  }
  return out;
}

/** Words that make a gap between a cue and "that" a clause of its own ("said it was clear that"). */
const GAP_STOP = /\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|it|he|she|they|we|i|you|there|this|so|not|no|but|and|or|which|who|what|because|if|(?:allegation|claim|fact|idea|view|notion|evidence|news|report|belief|hope|fear|concern|argument|assertion|statement|charge|suggestion|possibility|assurance|promise|warning|impression|sense|threat|accusation|rumou?r|theory|conclusion|proof|sign|message)s?)\b/;

/** The source of the latest attribution whose cue lies earlier in the same sentence. */
function earlierSource(ctx: Context, s: Span, cueStart: number): Source | null {
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const q = ctx.quotes[k]!;
    if (q.source && q.cue && q.cue.start >= s.start && q.cue.end <= cueStart) return { span: q.source, speaker: q.speaker };
  }
  return null;
}

/** Who a sentence's participle cue speaks for: the source of an attribution earlier in the sentence
 * ("X said …, adding that …"), else the noun phrase or mention opening the sentence when a verb follows it
 * ("Trump fired back on Twitter, saying …"). */
function subjectOf(ctx: Context, s: Span, cueStart: number): Source | null {
  const { text } = ctx;
  const earlier = earlierSource(ctx, s, cueStart);
  if (earlier) return earlier;
  const lead = /^[\s“"]*/.exec(text.slice(s.start, s.start + 4))![0].length;
  const at = s.start + lead;
  const mention = ctx.byStart.get(at);
  // A mention opening the sentence is its subject; npAfter would run on into the verb phrase.
  const np0 = mention ? { start: at, end: mention.end } : npAfter(text, at, cueStart);
  const np = np0 ? extendAfter(text, np0, cueStart) : null;
  const end = np?.end ?? 0;
  if (end <= at || end >= cueStart) return null;
  // A verb, not a preposition or a comma, follows the subject.
  if (!/^,?\s+(?:(?:has|have|had|also|then|later|again|was|were|is|are|did|would|will|quickly|recently)\s+)*[a-z]+(?:ed|ew|ent|ote|ook|ame|ave|ade|ought|aid|old|ot|ept|ut|s)\b/.test(text.slice(end, cueStart))) return null;
  const span = { start: at, end };
  return mention && mention.start === at && mention.end === end ? { span, speaker: mention.actor } : npSource(ctx, span);
}

/** "told reporters on Friday that …", "said during a rally in Michigan that …": a short object or
 * adverbial between the cue and "that" (the match ends just before "that"). */
function thatAfterGap(tail: string, cue: string): RegExpExecArray | null {
  const m = /^\s+((?:[\p{L}\p{N}’'.“”-]+\s+){1,9}?)(?=(?:that|how|why|whether)\s)/u.exec(tail.slice(0, 100));
  if (!m || GAP_STOP.test(m[1]!)) return null;
  // After a noun, "that" may open a relative clause ("wants policies that create revenue"): only verbs of
  // telling take an object before their clause; other cues only an adverbial ("said on Friday that").
  return TELLING.test(cue) || ADVERBIAL_GAP.test(m[1]!) ? m : null;
}

const TELLING = /^(?:tell|told|tells|telling|remind\w*|assur\w*|reassur\w*|warn\w*|inform\w*|convinc\w*|persuad\w*|notif\w*|promis\w*|show\w*|ask\w*|advis\w*|brief\w*|email\w*|wrote|writ\w*|signal\w*)$/;
const ADVERBIAL_GAP = /^(?:(?:on|in|at|during|via|by|after|before|since|over|last|this|early|late|earlier|later|recently|again|also|repeatedly|privately|publicly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|then)\b)/;

/** Cues that take an object before what is reported: "accused her of …" (PolNeAR keeps the object of
 * "urged voters to …" in the content, so only "of" is skipped). */
const OBJECT_THEN = new Map<string, RegExp>(['accuse', 'suspect', 'convict'].map((v): [string, RegExp] => [v, /^of$/]));

/** "accused the campaign of …": the match runs past "of". */
function objectGap(word: string, tail: string): { 0: string } | null {
  if (!/^(?:accus|suspect|convict)/.test(word)) return null;
  const lemma = word.replace(/(?:ing|ed|es|s|d)$/, '');
  const want = OBJECT_THEN.get(lemma) ?? OBJECT_THEN.get(lemma + 'e') ?? OBJECT_THEN.get(word);
  if (!want) return null;
  const m = /^\s+((?:[\p{L}\p{N}’'.-]+\s+){1,6}?)(to|of|for)\s/u.exec(tail.slice(0, 80));
  if (!m || !want.test(m[2]!) || GAP_STOP.test(m[1]!)) return null;
  return { 0: m[2] === 'to' ? m[0].slice(0, m[0].length - 3) : m[0] };
}

/** A reported clause ends where another attribution starts (", saying …", "; adding …") or at a semicolon. */
const CLAUSE_END = /;|,\s+(?:saying|adding|noting|arguing|claiming|citing|calling|insisting|explaining|according to|though|although|whereas|even as|even though|but)\b|\s[—―]\s|\s--\s/;

/** A finite verb form (past or third person): "said", "noted", "argues", not "argue" or "arguing". */
function finite(word: string): boolean {
  return /(?:ed|[^s]s)$/.test(word) || /^(?:said|told|wrote|thought|knew|saw|felt|sought|found|put|spoke)$/.test(word);
}

function cutClause(text: string, span: Span): Span {
  const str = text.slice(span.start, span.end);
  const m = CLAUSE_END.exec(str);
  let end = m ? m.index : str.length;
  // "… but noted that …", "… and pledged to …": a second cue verb of the same subject starts its own attribution.
  for (const c of str.slice(0, end).matchAll(/,?\s+(?:and|but)\s+(?:(?:also|later|then|has|have|had|is|are|was|were)\s+)*([a-z]+)\b/g)) {
    if (CUE_WORDS.has(c[1]!) && !WEAK_CUES.has(c[1]!) && finite(c[1]!)) {
      end = c.index;
      break;
    }
  }
  return { start: span.start, end: span.start + end };
}

interface WordAt {
  index: number;
  0: string;
}

/** A possessor and a noun of saying or believing, then "that". */
const NOUN_CUE = /(?<![\p{L}])((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}['’]s))\s+(claims?|assertions?|arguments?|contention|belief|view|warnings?|insistence|promises?|pledges?|suggestions?|allegations?|charges?|accusations?|statements?|comments?|remarks?|predictions?|hopes?|fears?|vows?|assurances?|conclusion|position|message)$/u;

/** Sources that show or find: polls, studies and the like (the phrase's head noun ends it). */
const EVIDENCE = /\b(?:polls?|surveys?|stud(?:y|ies)|analys[ie]s|reports?|data|figures|numbers|transcripts?|averages?|research|review|records|documents|tally|audit|estimates?|investigation|results|models?|forecasts?|footage|video|evidence|tests?|findings|filings?|returns)$/i;

/** The cue words of a sentence (lower-case words, as WORDS finds them in `str`, the sentence's text),
 * in order. A sentence span has a non-word character (or the text's edge) on each side, so the cue
 * words of the whole text, found once, serve every sentence; otherwise the sentence is scanned itself. */
function cueWordsIn(text: string, s: Span, str: string, all: WordAt[]): WordAt[] {
  const out: WordAt[] = [];
  if ((s.start > 0 && isWordChar(text.charCodeAt(s.start - 1))) || (s.end < text.length && isWordChar(text.charCodeAt(s.end)))) {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(str); m; m = WORDS.exec(str)) if (CUE_WORDS.has(m[0])) out.push({ index: m.index, 0: m[0] });
    return out;
  }
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.index < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.length && all[k]!.index < s.end; k++) {
    const w = all[k]!;
    if (w.index + w[0].length <= s.end) out.push({ index: w.index - s.start, 0: w[0] });
  }
  return out;
}

/** \w, as \b sees it. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Cue words of the whole text, with offsets into it: the maximal runs of a-z with a non-word character
 * (or the text's edge) on each side, as WORDS finds them. */
function textCueWords(text: string): WordAt[] {
  const out: WordAt[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) {
      k++;
      continue;
    }
    const s = k;
    while (k < n && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
    if ((s === 0 || !isWordChar(text.charCodeAt(s - 1))) && (k === n || !isWordChar(text.charCodeAt(k)))) {
      const w = text.slice(s, k);
      if (CUE_WORDS.has(w)) out.push({ index: s, 0: w });
    }
  }
  return out;
}

/** Auxiliaries, negation and adverbs right before the verb, and a colon right after, belong to the cue. */
function widenCue(text: string, verb: Span, floor: number): Span {
  let start = verb.start;
  for (let k = 0; k < 4; k++) {
    // Quick test: a prefix word (all lower case, or "’s") ends right before the space.
    const p1 = text.charCodeAt(start - 1);
    const p2 = text.charCodeAt(start - 2);
    if (!(p1 === 32 || p1 === 9 || p1 === 10 || p1 === 0xa0) || !((p2 >= 97 && p2 <= 122) || p2 === 32 || p2 === 9 || p2 === 10 || p2 === 0xa0)) break;
    // Contractions too: "doesn't even believe", "he’s claiming" (the cue starts at the apostrophe).
    const m = /(?:(?:^|[^\p{L}’'])([a-z]+n['’]t|[a-z]+)|(?<=\p{L})(['’]s))(\s+)$/u.exec(text.slice(Math.max(floor, start - 20), start));
    if (!m) break;
    // A possessive is not a contraction: "’s" joins only a participle ("she’s claiming", "he’s sought").
    if (m[2] && !/(?:ing|ed|ght)$/.test(text.slice(verb.start, verb.end))) break;
    m[1] ??= m[2]!;
    m[2] = m[3]!;
    const word = m[1]!.replace('’', "'");
    // Manner adverbs too ("truly believed", "successfully argued"), not "only" or "early".
    if (!(CUE_PREFIX.has(word) || (/^[a-z]{3,}ly$/.test(word) && !/^(?:only|early|family|reply|ally|rally|supply|italy|july)$/.test(word)))) break;
    start -= m[1]!.length + m[2]!.length;
  }
  let end = verb.end;
  const inStatement = /^ (?:in (?:an?|his|her|its|their) (?:(?:recent|phone|telephone|radio|television|TV|written|joint|brief|separate|new|lengthy|exclusive|emailed|prepared)\s)?(?:statement|tweet|letter|interview|post|email|op-ed|memo)|on (?:Twitter|Facebook|Instagram))\b/.exec(text.slice(end, end + 40));
  if (inStatement) end += inStatement[0].length;
  if (text[end] === ':') end++;
  return { start, end };
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

// ── sources ─────────────────────────────────────────────────────────────

/** A source starting at `pos` (after an optional "the"). */
function sourceAt(ctx: Context, pos: number): Source | null {
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
function sourceEndingAt(ctx: Context, cueStart: number, floor = 0): Source | null {
  const { text } = ctx;
  const head = text.slice(Math.max(0, cueStart - 60), cueStart);
  const filler = FILLERS_AT_END.exec(head);
  if (!filler) return null;
  let end = cueStart - filler[0].length;
  if (text[end - 1] === ',') return appositiveSource(ctx, end, floor);
  // A party and state in parentheses belongs to the name: "Rep. Trey Gowdy (R-S.C.) said".
  const paren = PARTY_TAIL.exec(text.slice(Math.max(floor, end - 30), end));
  const tailEnd = end;
  if (paren) end -= paren[0].length;
  const np0 = npBefore(text, end, Math.max(floor, end - 200));
  const np = np0 && paren ? { start: np0.start, end: tailEnd } : np0;
  const best = ctx.byEnd.get(end);
  if (best) return { span: np && np.start <= best.start ? np : { start: best.start, end: best.end }, speaker: best.actor };
  const head2 = text.slice(Math.max(0, end - 40), end);
  const d = DOCUMENT_ENDINGS.some((w) => head2.endsWith(w)) ? DOCUMENT_OR_PRONOUN.exec(head2) : null;
  if (d) {
    const start = end - d[1]!.length;
    const fb = fallbackSource(ctx, start, /^(?:(?:the|The)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(statement|document|report|text|letter|note|response|reply)|(he|she|He|She))\b/u);
    if (fb) return fb;
  }
  return npSource(ctx, np);
}

/** A document or a pronoun ending a source; DOCUMENT_ENDINGS is how it can end (a quick test first). */
const DOCUMENT_OR_PRONOUN = /(?:^|\s)((?:the|The)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:statement|document|report|text|letter|note|response|reply)|he|she|He|She)$/u;
const DOCUMENT_ENDINGS = ['statement', 'document', 'report', 'text', 'letter', 'note', 'response', 'reply', 'he', 'She', 'He'];
const PARTY_TAIL = /\s*\([^()\n]{1,25}\)$/;
const APPOSITION_START = /^\s+(?:(?:a|an|the|his|her|their|its|former|then|now|one|two|who|of|from|\d+|(?:longtime|chief|senior|deputy|executive|political|campaign|press)\s[\p{L}-]+)\b|\p{L}\p{Ll}+ (?:of|for|at)\b)/u;

/** "NAME, APPOSITION, CUE": the source is the name with its apposition and the comma that closes it
 * (PolNeAR's span: "Marley Anderson, 21, a junior from Las Vegas,"). `end` is just after that comma. */
function appositiveSource(ctx: Context, end: number, floor: number): Source | null {
  const { text } = ctx;
  const closing = end - 1;
  let k = closing - 1;
  const lo = Math.max(floor, closing - 220);
  for (let commas = 0; k > lo && commas < 3; k--) {
    const c = text[k]!;
    if (c === '\n' || c === ';' || c === '"' || c === '“' || c === '”' || c === '!' || c === '?' || c === ':') return null;
    // A period before a comma is an abbreviation's ("Springfield, Va., said"), not a sentence's end.
    if (c === '.' && text[k + 1] !== ',' && !/(?:\b\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp)$/u.test(text.slice(Math.max(0, k - 4), k))) return null;
    if (c !== ',') continue;
    commas++;
    const app = text.slice(k + 1, closing);
    if (!APPOSITION_START.test(app)) continue;
    const headEnd = k;
    const mention = ctx.byEnd.get(headEnd);
    const np = npBefore(text, headEnd, Math.max(floor, headEnd - 120));
    const lastWord = /([\p{L}.]+)\)?$/u.exec(text.slice(Math.max(0, headEnd - 30), headEnd))?.[1] ?? '';
    if (!mention && !(np && /^\p{Lu}/u.test(lastWord))) continue;
    const start = np && (!mention || np.start <= mention.start) ? np.start : mention!.start;
    return { span: { start, end }, speaker: mention?.actor ?? npSource(ctx, { start, end: headEnd })?.speaker ?? null };
  }
  return null;
}

/** After a source that follows its cue: its party tag and an apposition running to the clause's end
 * (", said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus."). */
function extendAfter(text: string, np: Span, limit: number): Span {
  const rest = text.slice(np.end, Math.min(limit, np.end + 200));
  const m = /^(\s*\([^()\n]{1,25}\))?(?:,((?:[^.;:!?"“”\n(]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp))\.){3,160}?)(?=(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|Sen|Rep|Gov|St|Inc|Co|Corp))[.;!?]\s*(?:["”]|$|\s)|["”]|$))?/u.exec(rest);
  if (!m || !m[0]) return np;
  if (m[2] !== undefined && !APPOSITION_START.test(m[2])) return m[1] ? { start: np.start, end: np.end + m[1].length } : np;
  return { start: np.start, end: np.end + m[0].length };
}

/** A generic noun-phrase source: its speaker is the last actor mentioned inside it, if any. */
function npSource(ctx: Context, np: Span | null): Source | null {
  if (!np) return null;
  let speaker: string | null = null;
  const { mentions } = ctx;
  // The last mention inside the phrase (the scan stops at the first mention starting after it).
  for (let k = ctx.sorted ? firstStartingAt(mentions, np.start) : 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start >= np.end) break;
    if (m.start >= np.start && m.end <= np.end) speaker = m.actor;
  }
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

function lastPersonBefore(ctx: Context, pos: number): string | null {
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
