// The provenance graph as a small inline SVG arc diagram: articles on a line in order of
// publication, each reuse link an arc above it, with an arrow from origin to copier when
// the dossier names an origin and a dashed arc when both drew on a common source.
import type { DossierReuse } from '../dossier/schema.js';
import { html, join, type Markup } from './html-template.js';
import { formatDate, type StoryView } from './model.js';
import { truncate } from './text.js';

/**
 * Above this many articles an arc diagram is a hairball (100 outlets, 700 arcs); the
 * section then shows the per-article table of `provenanceTable` alone.
 */
export const GRAPH_MAX_ARTICLES = 24;

export function provenanceSvg(view: StoryView, idPrefix: string): Markup | null {
  if (view.articles.length === 0 || view.articles.length > GRAPH_MAX_ARTICLES) return null;
  const order = [...view.articles].sort((a, b) => {
    const pa = a.article?.published ?? '\uffff';
    const pb = b.article?.published ?? '\uffff';
    return pa < pb ? -1 : pa > pb ? 1 : a.number - b.number;
  });
  const n = order.length;
  const step = n > 8 ? 48 : 140;
  const rotate = n > 6;
  // Room for a centred label of up to 22 characters at 12px, or a rotated one.
  const margin = rotate ? 24 : 90;
  const width = margin * 2 + Math.max(1, n - 1) * step + (rotate ? 130 : 0);
  const span = (n - 1) * step;
  const arcHeight = Math.min(160, span / 2 + 20);
  const baseline = 20 + arcHeight;
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

interface Links {
  /** Articles that reused this one's passages (it is the named origin). */
  reusedBy: Set<string>;
  /** Articles it reused (they are the named origin). */
  drewOn: Set<string>;
  /** Articles it shares passages with where no origin is named. */
  shares: Set<string>;
}

/**
 * The graph as a table with one row per article that shares passages: whom it drew on,
 * who drew on it, whom it shares with. Readable at any size and for screen readers; origins
 * (most reused) first.
 */
export function provenanceTable(view: StoryView): Markup {
  if (view.story.reuse.length === 0) return html`<p>No article reuses another's passages.</p>`;
  const links = new Map<string, Links>();
  const of = (id: string) => {
    let l = links.get(id);
    if (!l) links.set(id, (l = { reusedBy: new Set(), drewOn: new Set(), shares: new Set() }));
    return l;
  };
  for (const r of view.story.reuse) {
    const origin = r.origin === r.a || r.origin === r.b ? r.origin : null;
    if (origin) {
      const copier = origin === r.a ? r.b : r.a;
      of(origin).reusedBy.add(copier);
      of(copier).drewOn.add(origin);
    } else {
      of(r.a).shares.add(r.b);
      of(r.b).shares.add(r.a);
    }
  }
  const number = (id: string) => view.articleById.get(id)?.number ?? Number.MAX_SAFE_INTEGER;
  const refs = (ids: Set<string>) => {
    if (ids.size === 0) return html`<span class="muted">—</span>`;
    const sorted = [...ids].sort((a, b) => number(a) - number(b));
    return join(sorted.map((id) => html`<span class="ref">${refLabel(view, id)}</span>`), ', ');
  };
  const rows = [...links.entries()]
    .sort(([a, la], [b, lb]) => lb.reusedBy.size - la.reusedBy.size || number(a) - number(b))
    .map(([id, l]) => html`<tr><th scope="row">${refLabel(view, id)}</th><td>${formatDate(view.articleById.get(id)?.article?.published ?? null)}</td><td>${refs(l.drewOn)}</td><td>${refs(l.reusedBy)}</td><td>${refs(l.shares)}</td></tr>`);
  return html`<div class="scroll"><table class="provenance"><thead><tr><th scope="col">Article</th><th scope="col">Published</th><th scope="col">Drew on</th><th scope="col">Reused by</th><th scope="col">Shares passages with (no origin known)</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function refLabel(view: StoryView, id: string): string {
  const a = view.articleById.get(id);
  return a ? `[${a.number}] ${view.outletLabel(a.outletKey)}` : view.outletOfArticle(id);
}

/** Each link in words, for the caption of the graph. */
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
