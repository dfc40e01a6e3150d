// An article's text with what read found marked in it: quotes as outer ranges, actor mentions and
// time expressions inside or between them. Overlapping or crossing spans are dropped rather than
// producing broken nesting; every piece of text goes through the escaping template.
import { html, join, type Markup } from '../render/html-template.js';
import type { Reading, Span } from '../types.js';

interface Inline extends Span {
  render: (inner: string) => Markup;
}

/** Spans sorted by start, keeping the first of any that overlap. */
function disjoint<T extends Span>(spans: readonly T[], length: number): T[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

function renderRange(text: string, from: number, to: number, inline: readonly Inline[]): Markup {
  const parts: (Markup | string)[] = [];
  let at = from;
  for (const s of inline) {
    if (s.start < from || s.end > to) continue;
    parts.push(text.slice(at, s.start), s.render(text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at, to));
  return join(parts);
}

export interface HighlightOptions {
  actorName: (id: string) => string;
  actorHref: (id: string) => string;
}

/** The text as markup with <q>, <a class="mention"> and <time> marks. */
export function highlightText(text: string, reading: Pick<Reading, 'mentions' | 'quotes' | 'times'>, options: HighlightOptions): Markup {
  const quotes = disjoint(
    reading.quotes.map((q) => ({ start: q.content.start, end: q.content.end, speaker: q.speaker, direct: q.direct })),
    text.length,
  );
  const crossesQuote = (s: Span) => quotes.some((q) => s.start < q.end && q.start < s.end && !(q.start <= s.start && s.end <= q.end));
  // Spans crossing a quote boundary are removed first, so they cannot push out a well-nested one they overlap.
  const candidates: Inline[] = [
    ...reading.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        render: (inner: string) => html`<a class="mention" href="${options.actorHref(m.actor)}" title="${options.actorName(m.actor)}">${inner}</a>`,
      })),
    ...reading.times.map((t) => ({
        start: t.start,
        end: t.end,
        render: (inner: string) => html`<time class="when" title="${t.value}">${inner}</time>`,
      })),
  ];
  const inline = disjoint(candidates.filter((s) => !crossesQuote(s)), text.length);

  const parts: Markup[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(renderRange(text, at, q.start, inline));
    const who = q.speaker ? options.actorName(q.speaker) : 'speaker unknown';
    parts.push(html`<span class="quote ${q.direct ? 'direct' : 'reported'}" title="${q.direct ? 'quoted' : 'reported'}: ${who}">${renderRange(text, q.start, q.end, inline)}</span>`);
    at = q.end;
  }
  parts.push(renderRange(text, at, text.length, inline));
  return join(parts);
}
