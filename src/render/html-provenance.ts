// The provenance graph as a small inline SVG arc diagram: articles on a line in order of
// publication, each reuse link an arc above it, with an arrow from origin to copier when
// the dossier names an origin and a dashed arc when both drew on a common source.
import type { DossierReuse } from '../dossier/schema.js';
import { html, join, type Markup } from './html-template.js';
import type { StoryView } from './model.js';
import { truncate } from './text.js';

export function provenanceSvg(view: StoryView, idPrefix: string): Markup | null {
  if (view.articles.length === 0) return null;
  const order = [...view.articles].sort((a, b) => {
    const pa = a.article?.published ?? '\uffff';
    const pb = b.article?.published ?? '\uffff';
    return pa < pb ? -1 : pa > pb ? 1 : a.number - b.number;
  });
  const n = order.length;
  const step = n > 30 ? 24 : n > 8 ? 48 : 120;
  const margin = 40;
  const width = margin * 2 + Math.max(1, n - 1) * step;
  const span = (n - 1) * step;
  const arcHeight = Math.min(160, span / 2 + 20);
  const baseline = 20 + arcHeight;
  const rotate = n > 6;
  const height = baseline + (rotate ? 140 : 50);
  const x = new Map(order.map((a, i) => [a.id, margin + i * step]));
  const marker = `${idPrefix}-arrow`;

  const edges = view.story.reuse
    .filter((r) => x.has(r.a) && x.has(r.b))
    .map((r) => edge(r, x, baseline, marker, view));
  const nodes = order.map((a, i) => {
    const cx = margin + i * step;
    const label = truncate(view.outletLabel(a.outletKey), 22);
    const title = `[${a.number}] ${view.outletLabel(a.outletKey)}: ${a.article?.title ?? '(untitled)'}`;
    const textAttrs = rotate
      ? html`x="${cx + 4}" y="${baseline + 18}" transform="rotate(40 ${cx + 4} ${baseline + 18})"`
      : html`x="${cx}" y="${baseline + 30}" text-anchor="middle"`;
    return html`<g class="node"><title>${title}</title><circle cx="${cx}" cy="${baseline}" r="10"></circle><text x="${cx}" y="${baseline + 4}" text-anchor="middle" font-size="10">${a.number}</text><text ${textAttrs}>${label}</text></g>`;
  });
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-graph-title"><title id="${idPrefix}-graph-title">Provenance: articles in order of publication; arrows run from the origin to the article that reused it</title><defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"></path></marker></defs>${edges}${nodes}</svg>`;
}

function edge(r: DossierReuse, x: Map<string, number>, baseline: number, marker: string, view: StoryView): Markup {
  // Directed only when an origin is named and is one of the two ends.
  const from = r.origin === r.b ? r.b : r.a;
  const to = from === r.a ? r.b : r.a;
  const directed = r.origin !== null && (r.origin === r.a || r.origin === r.b);
  const x1 = x.get(from)!;
  const x2 = x.get(to)!;
  const h = Math.min(baseline - 20, Math.abs(x2 - x1) / 2 + 10);
  const d = `M${x1},${baseline - 10} Q${(x1 + x2) / 2},${baseline - 10 - h * 2} ${x2},${baseline - 10}`;
  const width = Math.min(5, 1 + Math.log2(Math.max(1, r.passages.length)));
  const title = `${view.outletOfArticle(from)} ${directed ? '→' : '↔'} ${view.outletOfArticle(to)}: ${r.passages.length} shared passages, ${r.relation}`;
  return html`<path class="edge${directed ? '' : ' shared'}" d="${d}" stroke-width="${width.toFixed(1)}"${directed ? html` marker-end="url(#${marker})"` : ''}><title>${title}</title></path>`;
}

/** The same links as a list, for readers who cannot see the graph. */
export function provenanceList(view: StoryView): Markup {
  if (view.story.reuse.length === 0) return html`<p>No article reuses another's passages.</p>`;
  const items = view.story.reuse.map((r) => {
    const origin = r.origin && (r.origin === r.a || r.origin === r.b) ? r.origin : null;
    const other = origin === r.b ? r.a : r.b;
    const text = origin
      ? `${view.outletOfArticle(origin)} → ${view.outletOfArticle(other)}`
      : `${view.outletOfArticle(r.a)} ↔ ${view.outletOfArticle(r.b)}`;
    return html`<li>${text}: ${r.passages.length} shared passages (${r.relation})</li>`;
  });
  return html`<ul>${join(items)}</ul>`;
}
