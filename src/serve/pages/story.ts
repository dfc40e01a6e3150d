// A story: its figures, articles, conflicts, claims shared and claims one outlet alone carries,
// actors and timeline — each linking on to article and actor pages — and the full report.
import type { DossierClaim } from '../../dossier/index.js';
import { html, type Fragment } from '../../render/html-template.js';
import type { StoryAnalysis } from '../collection.js';
import { articleLabel, dateOnly, dateRange, page, plural } from './layout.js';

const SHOWN = 12;

export function storyPage(a: StoryAnalysis): string {
  const { story, dossier } = a;
  const id = encodeURIComponent(story.id);
  const articleById = new Map(dossier.articles.map((x) => [x.id, x]));
  const articleLink = (input: string): Fragment => {
    const art = articleById.get(input);
    const storeId = a.storeId.get(input);
    const label = art?.outlet ?? art?.title ?? input;
    return storeId ? html`<a href="/articles/${encodeURIComponent(storeId)}">${label}</a>` : label;
  };
  const actorName = new Map(story.actors.map((x) => [x.id, x.name]));
  const claimById = new Map(story.claims.map((c) => [c.id, c]));
  const shared = story.shared.map((cid) => claimById.get(cid)).filter((c): c is DossierClaim => c !== undefined);

  const figures = html`<dl class="figures">
<div><dt>Articles</dt><dd>${story.articles.length}</dd></div>
<div><dt>Outlets</dt><dd>${new Set(story.outlets).size}</dd></div>
<div><dt>Claims</dt><dd>${story.claims.length}</dd></div>
<div><dt>Shared claims</dt><dd>${shared.length}</dd></div>
<div><dt>Single-outlet claims</dt><dd>${a.contest.singleOutletClaims}</dd></div>
<div><dt>Conflicts</dt><dd>${a.conflicts.length}</dd></div>
</dl>`;

  const articles = html`<h2 id="articles">Articles</h2><div class="scroll"><table><thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Words</th></tr></thead><tbody>${story.articles.map((input) => {
    const art = articleById.get(input);
    const storeId = a.storeId.get(input);
    return html`<tr><td>${storeId ? html`<a href="/articles/${encodeURIComponent(storeId)}">${articleLabel(art?.title, art?.text)}</a>` : articleLabel(art?.title, art?.text)}</td><td>${art?.outlet ?? html`<span class="muted">unknown</span>`}</td><td>${dateOnly(art?.published)}</td><td>${art?.words ?? ''}</td></tr>`;
  })}</tbody></table></div>`;

  const conflicts = a.conflicts.length === 0
    ? html`<h2 id="conflicts">Conflicts</h2><p class="muted">No claim is told with different numbers, dates or sources.</p>`
    : html`<h2 id="conflicts">Conflicts</h2><ul class="results">${a.conflicts.map((c) => html`<li><p><strong>${c.kind}</strong>: ${c.values.join(' vs ')}</p>${c.members.map((m) => {
      const text = articleById.get(m.article)?.text.slice(m.sentence.start, m.sentence.end) ?? '';
      return html`<blockquote>${text} <span class="muted small">— ${articleLink(m.article)}</span></blockquote>`;
    })}</li>`)}</ul>`;

  const claimItem = (c: DossierClaim) => html`<li><p>${c.text}</p><p class="muted small">${c.speaker ? html`attributed to <a href="/actors/${encodeURIComponent(c.speaker)}">${actorName.get(c.speaker) ?? c.speaker}</a> · ` : ''}${[...new Set(c.outlets)].join(', ')}</p></li>`;
  const sharedSection = html`<h2 id="shared">Claims several outlets carry</h2>${shared.length === 0 ? html`<p class="muted">None: no claim appears in two outlets.</p>` : html`<ul class="results">${shared.slice(0, SHOWN).map(claimItem)}</ul>${shared.length > SHOWN ? html`<p class="muted small">${shared.length - SHOWN} more in the <a href="/stories/${id}/report#s0-claims">full report</a>.</p>` : ''}`}`;
  const uniqueSection = new Set(story.outlets).size < 2 ? '' : html`<h2 id="unique">Claims only one outlet carries</h2>${story.unique.map((u) => {
    const claims = u.claims.map((cid) => claimById.get(cid)).filter((c): c is DossierClaim => c !== undefined);
    return html`<h3>${u.outlet} <span class="muted small">(${claims.length})</span></h3><ul class="results">${claims.slice(0, 5).map(claimItem)}</ul>${claims.length > 5 ? html`<p class="muted small">${claims.length - 5} more in the <a href="/stories/${id}/report">full report</a>.</p>` : ''}`;
  })}`;

  const actors = html`<h2 id="actors">Actors</h2><ul class="chips">${[...story.actors].sort((x, y) => y.mentions - x.mentions).map(
    (x) => html`<li><a href="/actors/${encodeURIComponent(x.id)}">${x.name}</a> <span class="muted">${x.mentions}${x.positions.length ? ` · ${plural(x.positions.length, 'position')}` : ''}</span></li>`,
  )}</ul>`;

  const timeline = story.timeline.length === 0 ? '' : html`<h2 id="timeline">Timeline</h2><div class="scroll"><table><thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Source</th></tr></thead><tbody>${story.timeline.slice(0, SHOWN * 2).map(
    (t) => html`<tr><td class="date">${t.date}</td><td>${t.text}</td><td>${t.sources.slice(0, 3).map((s, i) => html`${i ? ', ' : ''}${articleLink(s.article)}`)}</td></tr>`,
  )}</tbody></table></div>${story.timeline.length > SHOWN * 2 ? html`<p class="muted small">${story.timeline.length - SHOWN * 2} more in the <a href="/stories/${id}/report">full report</a>.</p>` : ''}`;

  const reuse = story.reuse.length === 0 ? '' : html`<h2 id="reuse">Shared passages</h2><ul class="results">${story.reuse.map(
    (r) => html`<li>${articleLink(r.a)} and ${articleLink(r.b)}: ${plural(r.passages.length, 'shared passage')}, <strong>${r.relation}</strong>${r.origin ? html`, likely origin ${articleLink(r.origin)}` : ''}</li>`,
  )}</ul>`;

  return page({
    title: story.title,
    section: 'stories',
    body: html`<p class="small"><a href="/">← Stories</a></p><h1>${story.title}</h1>
<p class="muted">${[...new Set(story.outlets)].join(', ') || 'outlet unknown'} · ${dateRange(story.firstPublished, story.lastPublished)}</p>
<div class="actions"><a class="button" href="/stories/${id}/report">Full report</a><a class="button secondary" href="/api/stories/${id}">Dossier JSON</a></div>
${figures}${story.reasons.length ? html`<p class="muted small">Grouped because: ${story.reasons.join('; ')}</p>` : ''}
${articles}${conflicts}${sharedSection}${uniqueSection}${actors}${timeline}${reuse}`,
  });
}
