// Search: full text (q), date (since), outlet, and articles mentioning an actor id.
import { html } from '../../render/html-template.js';
import type { SearchHit } from '../../store/index.js';
import type { SearchQuery } from '../collection.js';
import { page, plural, snippetMarkup } from './layout.js';

export function searchPage(query: SearchQuery, hits: readonly SearchHit[] | null, error?: string): string {
  const form = html`<form action="/search" method="get" role="search" class="fields">
<label>Words or "a phrase"<input type="search" name="q" value="${query.q ?? ''}" placeholder="security guarantees"></label>
<label>Published since<input type="date" name="since" value="${query.since ?? ''}"></label>
<label>Outlet<input type="text" name="outlet" value="${query.outlet ?? ''}" placeholder="any"></label>
<label>Mentions actor (id)<input type="text" name="actor" value="${query.actor ?? ''}" placeholder="e.g. nato"></label>
<button type="submit">Search</button></form>`;
  const results = error
    ? html`<div class="notice bad" role="alert"><p>${error}</p></div>`
    : hits === null
      ? html`<p class="muted">Give words, an actor id, or both.</p>`
      : hits.length === 0
        ? html`<div class="empty"><p>No articles match.</p></div>`
        : html`<p class="muted">${plural(hits.length, 'article')}</p><ol class="results">${hits.map(
          (h) => html`<li><a href="/articles/${encodeURIComponent(h.id)}"><strong>${h.title ?? h.snippet.replace(/[[\]]/g, '').slice(0, 80)}</strong></a><br><span class="small">${snippetMarkup(h.snippet)}</span></li>`,
        )}</ol>`;
  return page({ title: query.q ? `Search: ${query.q}` : 'Search', section: 'search', query: query.q, body: html`<h1>Search</h1>${form}${results}` });
}
