// One stored article: its metadata and extraction notes, versions, stories, and its text with
// quotes, actor mentions and dates marked.
import { safeHttpUrl } from '../../render/index.js';
import { html } from '../../render/html-template.js';
import type { StoredArticle, StorySummary } from '../../store/index.js';
import { highlightText } from '../highlight.js';
import { articleLabel, dateOnly, page, plural } from './layout.js';

export function articlePage(stored: StoredArticle, versions: readonly StoredArticle[], stories: readonly StorySummary[], latest: number, notice?: string): string {
  const { article, reading } = stored;
  const names = new Map(reading.actors.map((x) => [x.id, x.name]));
  const url = safeHttpUrl(article.url);
  const id = encodeURIComponent(stored.id);
  const counts = new Map<string, number>();
  for (const m of reading.mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const actors = reading.actors.filter((x) => counts.has(x.id)).sort((x, y) => counts.get(y.id)! - counts.get(x.id)!);
  const text = highlightText(article.text, reading, {
    actorName: (a) => names.get(a) ?? a,
    actorHref: (a) => `/actors/${encodeURIComponent(a)}`,
  });
  const title = articleLabel(article.title, article.text);
  return page({
    title,
    section: null,
    body: html`${notice ? html`<div class="notice ok" role="status"><p>${notice}</p></div>` : ''}
<p class="small">${stories.map((s) => html`<a href="/stories/${encodeURIComponent(s.id)}">← ${s.title}</a> `)}</p>
<h1>${title}</h1>
${stored.version !== latest ? html`<div class="notice" role="note"><p>This is version ${stored.version}; the current one is <a href="/articles/${id}">version ${latest}</a>.</p></div>` : ''}
<dl class="meta">
<dt>Outlet</dt><dd>${article.site ?? html`<span class="muted">unknown</span>`}</dd>
<dt>Published</dt><dd>${article.published ? dateOnly(article.published) : html`<span class="muted">unknown</span>`}</dd>
${article.authors.length ? html`<dt>Authors</dt><dd>${article.authors.join(', ')}</dd>` : ''}
<dt>Language</dt><dd>${article.language ?? html`<span class="muted">unknown</span>`}</dd>
<dt>Address</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${url}</a>` : html`<span class="muted">${article.url ?? 'none'}</span>`}</dd>
<dt>Input</dt><dd><code>${article.input}</code></dd>
<dt>Stored</dt><dd>id <code>${stored.id}</code>, version ${stored.version}, added ${dateOnly(stored.addedAt)}${versions.length > 1 ? html` · versions: ${versions.map((v, i) => html`${i ? ', ' : ''}<a href="/articles/${id}?version=${v.version}"${v.version === stored.version ? html` aria-current="page"` : ''}>${v.version}</a>`)}` : ''}</dd>
<dt>Reading</dt><dd>${plural(reading.sentences.length, 'sentence')}, ${plural(reading.quotes.length, 'quote')}, ${plural(reading.mentions.length, 'mention')}, ${plural(reading.times.length, 'date')}</dd>
</dl>
${article.notes.length ? html`<details><summary>Extraction notes (${article.notes.length})</summary><ul class="small">${article.notes.map((n) => html`<li>${n}</li>`)}</ul></details>` : ''}
${actors.length ? html`<h2>Actors</h2><ul class="chips">${actors.map((x) => html`<li><a href="/actors/${encodeURIComponent(x.id)}">${x.name}</a> <span class="muted">${counts.get(x.id)}</span></li>`)}</ul>` : ''}
<h2>Text</h2>
<p class="legend"><span class="quote direct">quoted or reported speech</span> <span class="mention">actor</span> <time class="when">date</time></p>
<div class="text">${text}</div>`,
  });
}
