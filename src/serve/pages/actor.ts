// One actor across the whole collection: names it goes by, roles, positions over time with the
// sentence behind each, and the articles and stories that mention it.
import { html } from '../../render/html-template.js';
import type { ActorView } from '../collection.js';
import { articleLabel, dateOnly, page, plural } from './layout.js';

export function actorPage(a: ActorView): string {
  const id = encodeURIComponent(a.id);
  const positions = a.positions.length === 0
    ? html`<p class="muted">No typed statements by this actor were found.</p>`
    : html`<div class="scroll"><table><thead><tr><th scope="col">Date</th><th scope="col">Position</th><th scope="col">Evidence</th><th scope="col">Story</th></tr></thead><tbody>${a.positions.map(
      (p) => html`<tr><td class="date">${p.date ?? html`<span class="muted">undated</span>`}</td><td><strong>${p.negated ? 'not ' : ''}${p.type}</strong>${p.target ? html` → <a href="/actors/${encodeURIComponent(p.target)}">${p.target}</a>` : ''}<br><span class="muted small">"${p.trigger}"${p.modality !== 'asserted' ? `, ${p.modality}` : ''}</span></td><td>${p.evidence.map((e) => html`<blockquote>${e.text} <a class="small" href="/articles/${encodeURIComponent(e.article)}">article</a></blockquote>`)}</td><td><a href="/stories/${encodeURIComponent(p.story)}">${p.storyTitle}</a></td></tr>`,
    )}</tbody></table></div>`;
  return page({
    title: a.name,
    section: null,
    body: html`<p class="small"><a href="/">← Stories</a></p><h1>${a.name}</h1>
<p class="muted">${a.kind}${a.code ? ` · ${a.code}` : ''}${a.partOf ? html` · part of <a href="/actors/${encodeURIComponent(a.partOf)}">${a.partOf}</a>` : ''} · id <code>${a.id}</code></p>
<dl class="figures"><div><dt>Mentions</dt><dd>${a.mentions}</dd></div><div><dt>Articles</dt><dd>${a.articles.length}</dd></div><div><dt>Stories</dt><dd>${a.stories.length}</dd></div><div><dt>Positions</dt><dd>${a.positions.length}</dd></div></dl>
<div class="actions"><a class="button secondary" href="/search?actor=${id}">Articles mentioning ${a.name}</a><a class="button secondary" href="/api/actors/${id}">JSON</a></div>
${a.aliases.length ? html`<h2>Also called</h2><ul class="chips">${a.aliases.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
${a.roles.length ? html`<h2>Roles</h2><ul>${a.roles.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
<h2>Positions over time</h2>${positions}
<h2>Articles</h2><ul class="results">${a.articles.map((x) => html`<li><a href="/articles/${encodeURIComponent(x.id)}">${articleLabel(x.title, undefined)}</a> <span class="muted small">${x.outlet ?? 'outlet unknown'} · ${dateOnly(x.published)} · ${plural(x.mentions, 'mention')}</span></li>`)}</ul>
<h2>Stories</h2><ul class="results">${a.stories.map((s) => html`<li><a href="/stories/${encodeURIComponent(s.id)}">${s.title}</a></li>`)}</ul>`,
  });
}
