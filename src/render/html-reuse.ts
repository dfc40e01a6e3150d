// Side-by-side view of a reuse pair: both texts with shared passages marked; each mark
// links to its counterpart on the other side (a plain fragment link, so it works with
// the keyboard and without script; the script only adds smooth scrolling).
import type { DossierReuse } from '../dossier/schema.js';
import { html, join, type Markup } from './html-template.js';
import type { StoryView } from './model.js';

interface Mark {
  start: number;
  end: number;
  passage: number;
}

/** Spans sorted and clipped so none overlaps the previous one or runs past the text. */
export function clipSpans(spans: readonly Mark[], length: number): Mark[] {
  const out: Mark[] = [];
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = Math.max(s.start, cursor);
    const end = Math.min(s.end, length);
    if (end <= start) continue;
    out.push({ start, end, passage: s.passage });
    cursor = end;
  }
  return out;
}

function markedText(text: string, marks: Mark[], own: string, other: string, linked: Set<number>): Markup {
  const parts: Markup[] = [];
  let cursor = 0;
  const seen = new Set<number>();
  for (const m of marks) {
    parts.push(html`${text.slice(cursor, m.start)}`);
    const piece = text.slice(m.start, m.end);
    // A passage clipped into several pieces keeps its id on the first piece only.
    const id = seen.has(m.passage) ? null : `${own}${m.passage}`;
    seen.add(m.passage);
    const label = `Shared passage ${m.passage + 1}`;
    parts.push(
      linked.has(m.passage)
        ? html`<mark${id ? html` id="${id}"` : ''} title="${label}"><a class="counterpart" href="#${other}${m.passage}">${piece}</a></mark>`
        : html`<mark${id ? html` id="${id}"` : ''} title="${label}">${piece}</mark>`,
    );
    cursor = m.end;
  }
  parts.push(html`${text.slice(cursor)}`);
  return join(parts);
}

export function reusePairView(view: StoryView, reuse: DossierReuse, idPrefix: string): Markup {
  const left = view.articleById.get(reuse.a)?.article ?? null;
  const right = view.articleById.get(reuse.b)?.article ?? null;
  const textA = left?.text ?? '';
  const textB = right?.text ?? '';
  const marksA = clipSpans(reuse.passages.map((p, i) => ({ ...p.a, passage: i })), textA.length);
  const marksB = clipSpans(reuse.passages.map((p, i) => ({ ...p.b, passage: i })), textB.length);
  const inA = new Set(marksA.map((m) => m.passage));
  const inB = new Set(marksB.map((m) => m.passage));
  const both = new Set([...inA].filter((p) => inB.has(p)));
  const pa = `${idPrefix}-a`;
  const pb = `${idPrefix}-b`;
  const side = (article: typeof left, id: string, body: Markup) => html`<section class="side" aria-label="${view.outletOfArticle(id)}">
<h4>${view.outletOfArticle(id)} <span class="count">· ${article?.title ?? '(untitled)'}</span></h4>
<div class="text">${article ? body : html`<em>Text not in the dossier.</em>`}</div></section>`;
  return html`<div class="pair">${side(left, reuse.a, markedText(textA, marksA, pa, pb, both))}${side(right, reuse.b, markedText(textB, marksB, pb, pa, both))}</div>`;
}
