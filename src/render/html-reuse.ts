// Side-by-side view of a reuse pair: both texts with shared passages marked; each mark
// links to its counterpart on the other side (a plain fragment link, so it works with
// the keyboard and without script; the script only adds smooth scrolling).
//
// The first few pairs are rendered as markup (readable without script and in print); the
// rest travel as one JSON data block per story (each article text once, marks per pair)
// from which the report script builds the view the reader picks.
import type { DossierReuse } from '../dossier/schema.js';
import { html, join, trusted, type Markup } from './html-template.js';
import type { StoryView } from './model.js';
import { plural } from './text.js';

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

/** Everything both renderings of one pair need, computed once. */
interface PairLayout {
  heading: string;
  sides: { id: string; label: string; title: string; text: string | null; marks: Mark[] }[];
  /** Passages marked on both sides: only those can link to a counterpart. */
  linked: Set<number>;
}

export function pairHeading(view: StoryView, reuse: DossierReuse): string {
  const ref = (articleId: string) => {
    const a = view.articleById.get(articleId);
    return a ? `[${a.number}] ${view.outletLabel(a.outletKey)}` : articleId;
  };
  return `${ref(reuse.a)} and ${ref(reuse.b)}: ${plural(reuse.passages.length, 'shared passage')}`;
}

function layout(view: StoryView, reuse: DossierReuse): PairLayout {
  const side = (id: string, which: 'a' | 'b') => {
    const article = view.articleById.get(id)?.article ?? null;
    const text = article?.text ?? null;
    const marks = clipSpans(reuse.passages.map((p, i) => ({ ...p[which], passage: i })), text?.length ?? 0);
    return { id, label: view.outletOfArticle(id), title: article?.title ?? '(untitled)', text, marks };
  };
  const sides = [side(reuse.a, 'a'), side(reuse.b, 'b')];
  const inB = new Set(sides[1]!.marks.map((m) => m.passage));
  const linked = new Set(sides[0]!.marks.map((m) => m.passage).filter((p) => inB.has(p)));
  return { heading: pairHeading(view, reuse), sides, linked };
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

/** One pair as markup, in the section the picker shows: `idPrefix` is that section's id. */
export function reusePairSection(view: StoryView, reuse: DossierReuse, idPrefix: string): Markup {
  const { heading, sides, linked } = layout(view, reuse);
  const prefixes = [`${idPrefix}-a`, `${idPrefix}-b`];
  const panes = sides.map((s, k) => html`<section class="side" aria-label="${s.label}">
<h5>${s.label} <span class="count">· ${s.title}</span></h5>
<div class="text">${s.text === null ? html`<em>Text not in the dossier.</em>` : markedText(s.text, s.marks, prefixes[k]!, prefixes[1 - k]!, linked)}</div></section>`);
  return html`<section class="pair-view" id="${idPrefix}" aria-label="${heading}"><h4>${heading}</h4>
<p class="muted">Highlighted passages appear in both; select one to jump to its counterpart.</p><div class="pair">${panes}</div></section>`;
}

/**
 * The JSON data block for the pairs the script builds on demand (from index `from` on). Texts are stored once per
 * article; marks are [start, end, passage] already clipped, so the script does no span
 * arithmetic of its own. "<", ">" and "&" are escaped so the block cannot end early or
 * open a comment, whatever the articles say.
 */
export function reuseDataBlock(view: StoryView, pairs: readonly DossierReuse[], id: string, from = 0): Markup {
  const texts: Record<string, string> = {};
  // Pairs before `from` are already markup; their slots stay null so indices match the picker.
  const data = pairs.map((reuse, k) => {
    if (k < from) return null;
    const { heading, sides, linked } = layout(view, reuse);
    return {
      heading,
      linked: [...linked],
      sides: sides.map((s) => {
        const key = String(view.articleById.get(s.id)?.number ?? s.id);
        if (s.text !== null) texts[key] = s.text;
        return { key: s.text === null ? null : key, label: s.label, title: s.title, marks: s.marks.map((m) => [m.start, m.end, m.passage]) };
      }),
    };
  });
  const json = JSON.stringify({ texts, pairs: data }).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return html`<script type="application/json" id="${id}">${trusted(json)}</script>`;
}
