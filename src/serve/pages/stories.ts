// The home page: the collection's stories, newest, largest or most contested first.
import { html } from '../../render/html-template.js';
import type { ListedStory, StorySort } from '../collection.js';
import { dateRange, page, plural } from './layout.js';

const SORT_LABELS: Record<StorySort, string> = { newest: 'Newest', largest: 'Largest', contested: 'Most contested' };

export function storiesPage(stories: readonly ListedStory[], sort: StorySort, articles: number): string {
  const tabs = html`<div class="tabs" role="navigation" aria-label="Sort stories"><span class="muted small">Sort:</span>${(Object.keys(SORT_LABELS) as StorySort[]).map(
    (s) => html`<a href="/?sort=${s}"${s === sort ? html` aria-current="true"` : ''}>${SORT_LABELS[s]}</a>`,
  )}</div>`;
  const explain = sort === 'contested'
    ? html`<p class="muted small">Most contested: most conflicts first (claims the outlets tell with different numbers, dates or sources), then most claims carried by one outlet only. Stories from a single outlet have nothing to contest.</p>`
    : '';
  const list = stories.length === 0
    ? html`<div class="empty"><p>No stories yet.</p><p><a class="button" href="/add">Add articles</a></p></div>`
    : html`<ol class="cards">${stories.map((s) => storyCard(s))}</ol>`;
  return page({
    title: 'Stories',
    section: 'stories',
    body: html`<h1>Stories</h1><p class="muted">${plural(stories.length, 'story', 'stories')} from ${plural(articles, 'article')}.</p>${tabs}${explain}${list}`,
  });
}

function storyCard(s: ListedStory) {
  const c = s.contest;
  return html`<li class="card"><h3><a href="/stories/${encodeURIComponent(s.id)}">${s.title}</a></h3>
<p class="muted small">${plural(s.articles, 'article')} · ${s.outlets.length ? s.outlets.join(', ') : 'outlet unknown'} · ${dateRange(s.firstPublished, s.lastPublished)}</p>
<ul class="chips" aria-label="How contested">
<li${c.conflicts > 0 ? html` class="warn"` : ''}>${plural(c.conflicts, 'conflict')}</li>
<li>${plural(c.singleOutletClaims, 'single-outlet claim')}</li>
<li>${plural(c.claims, 'claim')}</li>
</ul></li>`;
}
