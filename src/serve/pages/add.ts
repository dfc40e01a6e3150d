// Adding articles from the browser: a URL the server fetches, files uploaded, or pasted text.
// Every form carries the session's CSRF token.
import { html } from '../../render/html-template.js';
import type { AddOutcome } from '../collection.js';
import { page } from './layout.js';

export function addPage(csrf: string, allowPrivate: boolean, error?: string): string {
  const token = html`<input type="hidden" name="csrf" value="${csrf}">`;
  return page({
    title: 'Add articles',
    section: 'add',
    body: html`<h1>Add articles</h1>
<p class="muted">Each article is extracted, read and stored; the collection is then regrouped into stories.</p>
${error ? html`<div class="notice bad" role="alert"><p>${error}</p></div>` : ''}
<form action="/add" method="post" enctype="multipart/form-data"><fieldset><legend>From the web</legend>
${token}<input type="hidden" name="kind" value="url">
<div class="fields"><label>Page, feed or sitemap URL<input type="url" name="url" required placeholder="https://example.org/news/article.html" size="50"></label><button type="submit">Fetch and add</button></div>
<p class="muted small">${allowPrivate ? 'Private and local addresses are allowed (--allow-private-fetch).' : 'Only public addresses are fetched; private, loopback and link-local ones are refused.'} robots.txt is respected.</p>
</fieldset></form>
<form action="/add" method="post" enctype="multipart/form-data"><fieldset><legend>Upload files</legend>
${token}<input type="hidden" name="kind" value="files">
<div class="fields"><label>.txt, .md, .html, .json, .jsonl, .warc (with .meta.yaml sidecars)<input type="file" name="files" multiple required></label><button type="submit">Upload and add</button></div>
</fieldset></form>
<form action="/add" method="post" enctype="multipart/form-data"><fieldset><legend>Paste a text</legend>
${token}<input type="hidden" name="kind" value="text">
<div class="fields"><label>Title<input type="text" name="title"></label><label>Published<input type="date" name="published"></label><label>Outlet<input type="text" name="outlet"></label></div>
<label>Article text<textarea name="text" required></textarea></label>
<p><button type="submit">Add text</button></p>
</fieldset></form>`,
  });
}

/** What an add did, when it is more than one clean article (that case redirects instead). */
export function addResultPage(outcome: AddOutcome): string {
  const added = outcome.articles;
  return page({
    title: 'Added',
    section: 'add',
    body: html`<h1>${added.length ? 'Added' : 'Nothing added'}</h1>
${added.length ? html`<ul class="results">${added.map((a) => html`<li><a href="/articles/${encodeURIComponent(a.id)}">${a.title ?? a.input}</a> <span class="muted small">${a.status}, version ${a.version}</span>${a.story ? html` · <a href="/stories/${encodeURIComponent(a.story)}">its story</a>` : ''}</li>`)}</ul>` : ''}
${outcome.problems.length ? html`<h2>Problems</h2><ul class="results">${outcome.problems.map((p) => html`<li>${p.message}</li>`)}</ul>` : ''}
<p><a href="/add">Add more</a> · <a href="/">Stories</a></p>`,
  });
}
