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
// A model learned from the same split (quote-cue-model.ts, weights in lexicon/cue-model.json) judges each
// cue word in its context: it vetoes, strengthens or, where no pattern applies, attributes it on its own; after a
// speaker it may make a cue of a word the lists do not know ("Gov. Mark Dayton is backing Hillary Clinton").
// A source is an actor mention (descriptions like "the diplomat" are mentions already resolved by
// findActors), a pronoun (he/she → the last person named), or "the (Russian) statement/document"
// (→ the last non-person speaker, else the country of the adjective).

// Modules: quote-direct.ts, quote-indirect.ts, quote-labels.ts (the patterns); quote-cues.ts (cue words and
// their span), quote-speakers.ts (source spans and speakers), quote-sources.ts (noun phrases), quote-clauses.ts
// (content boundaries), quote-marks.ts (pairs of quotation marks).

import type { Actor, Mention, Quote, Span } from '../types.js';
import { findQuotedSpans } from './quote-marks.js';
import { findHeadlineCues, findLabels } from './quote-labels.js';
import { findDirect } from './quote-direct.js';
import { findIndirect } from './quote-indirect.js';
import type { Context } from './quote-speakers.js';

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
  // Loops, not map/filter/spread, over these arrays: each is empty in some texts and full in others, and V8's
  // inlined array builtins deoptimise the caller when they meet the other kind of array (see quote-indirect.ts).
  const usedCues = new Set<number>();
  for (let k = 0; k < direct.length; k++) {
    const cue = direct[k]!.cue;
    if (cue) usedCues.add(cue.start);
  }
  // Quoted spans too short to report still hide their words from the indirect patterns.
  const quoted: Span[] = [];
  for (let k = 0; k < spans.length; k++) quoted.push({ start: spans[k]!.open, end: spans[k]!.close + 1 });
  const indirect = findIndirect(ctx, sentences, usedCues, quoted);
  firstPersonSpeakers(text, indirect);
  hostQuotedWords(direct, indirect);
  const labels = labelQuotes(text, byStart);
  const headlines = headlineQuotes(text, mentions);
  const out: Quote[] = [];
  for (let k = 0; k < direct.length; k++) if (!inLabel(direct[k]!, labels) && !sameCueHost(direct[k]!, indirect)) out.push(direct[k]!);
  for (let k = 0; k < indirect.length; k++) out.push(indirect[k]!);
  for (let k = 0; k < labels.length; k++) out.push(labels[k]!);
  for (let k = 0; k < headlines.length; k++) out.push(headlines[k]!);
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** Quoted words inside reported speech of the same cue ("X said the order was to “…”"): the report already holds
 * them, with the same source and cue, so they are not listed twice (PolNeAR has one attribution there; listing
 * both cost content precision on train folds 1–4, fold 0 and dev alike). */
function sameCueHost(q: Quote, indirect: Quote[]): boolean {
  if (!q.cue) return false;
  for (let j = 0; j < indirect.length; j++) {
    const h = indirect[j]!;
    if (h.cue && h.cue.start === q.cue.start && h.content.start <= q.content.start && q.content.end <= h.content.end) return true;
  }
  return false;
}

/** A quoted span without a source of its own inside a labelled line ("WALLACE: … “…” …"). */
function inLabel(q: Quote, labels: Quote[]): boolean {
  if (q.source !== null) return false;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k]!;
    if (l.content.start <= q.content.end && q.content.start < l.content.end) return true;
  }
  return false;
}

/** "The ministry noted that we are talking about …": a first-person source inside reported speech is its speaker. */
function firstPersonSpeakers(text: string, indirect: Quote[]): void {
  for (let k = 0; k < indirect.length; k++) {
    const q = indirect[k]!;
    if (q.speaker !== null || !q.source || !q.cue || !/^(?:we|I)$/i.test(text.slice(q.source.start, q.source.end))) continue;
    for (let j = 0; j < indirect.length; j++) {
      const r = indirect[j]!;
      if (r !== q && r.speaker !== null && r.content.start <= q.source.start && q.content.end <= r.content.end) {
        q.speaker = r.speaker;
        break;
      }
    }
  }
}

/** Words quoted inside reported speech without their own attribution are the reporter's source's words. */
function hostQuotedWords(direct: Quote[], indirect: Quote[]): void {
  for (let k = 0; k < direct.length; k++) {
    const q = direct[k]!;
    if (q.speaker !== null || q.source !== null) continue;
    for (let j = 0; j < indirect.length; j++) {
      const host = indirect[j]!;
      if (host.content.start <= q.content.start && q.content.end <= host.content.end) {
        q.source = host.source;
        q.cue = host.cue;
        q.speaker = host.speaker;
        break;
      }
    }
  }
}

/** Speaker labels ("WALLACE: …"): a quoted span inside a labelled line without its own source is part of it. */
function labelQuotes(text: string, byStart: Map<number, Mention>): Quote[] {
  const found = findLabels(text);
  const out: Quote[] = [];
  for (let k = 0; k < found.length; k++) {
    const l = found[k]!;
    const m = byStart.get(l.source.start);
    out.push({ source: l.source, cue: l.cue, content: l.content, speaker: m && m.end <= l.source.end ? m.actor : null, direct: true });
  }
  return out;
}

/** A headline's source is a phrase ("Conservative Icon Morton Blackwell"): its speaker is the last actor named in it. */
function headlineQuotes(text: string, mentions: Mention[]): Quote[] {
  const found = findHeadlineCues(text);
  const out: Quote[] = [];
  for (let k = 0; k < found.length; k++) {
    const l = found[k]!;
    let speaker: string | null = null;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j]!;
      if (m.start >= l.source.start && m.end <= l.source.end) speaker = m.actor;
    }
    out.push({ source: l.source, cue: l.cue, content: l.content, speaker, direct: false });
  }
  return out;
}
