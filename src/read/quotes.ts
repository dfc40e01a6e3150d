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
// cue word in its context: it vetoes, strengthens or, where no pattern applies, attributes it on its own.
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
  const usedCues = new Set(direct.map((q) => q.cue?.start).filter((x): x is number => x !== undefined));
  // Quoted spans too short to report still hide their words from the indirect patterns.
  const quoted = spans.map((q) => ({ start: q.open, end: q.close + 1 }));
  const indirect = findIndirect(ctx, sentences, usedCues, quoted);
  // "The ministry noted that we are talking about …": a first-person source inside reported speech is its speaker.
  for (const q of indirect) {
    if (q.speaker !== null || !q.source || !q.cue || !/^(?:we|I)$/i.test(text.slice(q.source.start, q.source.end))) continue;
    const host = indirect.find((r) => r !== q && r.speaker !== null && r.content.start <= q.source!.start && q.content.end <= r.content.end);
    if (host) q.speaker = host.speaker;
  }
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
  // A headline's source is a phrase ("Conservative Icon Morton Blackwell"): its speaker is the last actor named in it.
  const headlines = findHeadlineCues(text).map((l): Quote => {
    const inside = mentions.filter((m) => m.start >= l.source.start && m.end <= l.source.end);
    return { source: l.source, cue: l.cue, content: l.content, speaker: inside[inside.length - 1]?.actor ?? null, direct: false };
  });
  const inLabel = (q: Quote): boolean => q.source === null && labels.some((l) => l.content.start <= q.content.end && q.content.start < l.content.end);
  return [...direct.filter((q) => !inLabel(q)), ...indirect, ...labels, ...headlines].sort((a, b) => a.content.start - b.content.start);
}
