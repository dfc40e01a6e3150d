// The self-contained HTML report: one file, no network, strict CSP, every dossier string
// passed through the `html` template (and so through escapeHtml).
import type { Dossier, DossierActor, DossierClaim } from '../dossier/schema.js';
import { contentSecurityPolicy } from './csp.js';
import { safeHttpUrl } from './escape.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { provenanceList, provenanceSvg } from './html-provenance.js';
import { reusePairView } from './html-reuse.js';
import { html, join, trusted, type Fragment, type Markup } from './html-template.js';
import { timelineChartSvg } from './html-timeline-chart.js';
import { allOutlets, buildStoryView, formatDate, type StoryView } from './model.js';
import { plural } from './text.js';

/** Side-by-side views per story; more would make the file as large as all the texts again. */
const PAIRS_SHOWN = 5;
/** Rows of the reuse table before it is cut (100 outlets make ~5000 pairs). */
const PAIR_ROWS = 200;

export function renderHtml(dossier: Dossier): string {
  const outlets = allOutlets(dossier);
  const outletIndex = new Map(outlets.map((o, i) => [o, i]));
  const views = dossier.stories.map((s) => buildStoryView(dossier, s));
  const label = views[0]?.outletLabel ?? ((k: string) => k);
  const title = views.length === 1 ? `Dossier: ${views[0]!.story.title}` : `Dossier: ${plural(views.length, 'story', 'stories')}`;

  const nav = html`<nav aria-label="Sections"><ul>${views.map(
    (v, i) => html`<li><a href="#s${i}">${v.story.title || '(untitled story)'}</a></li>`,
  )}${dossier.problems.length ? html`<li><a href="#problems">Problems</a></li>` : ''}</ul>
<form id="filters" role="search" hidden>
<label for="filter-text">Search claims and quotes<input type="search" id="filter-text" autocomplete="off"></label>
<label for="filter-outlet">Outlet<select id="filter-outlet"><option value="">All outlets</option>${outlets.map(
    (o, i) => html`<option value="${i}">${label(o)}</option>`,
  )}</select></label>
<output id="filter-status" for="filter-text filter-outlet" aria-live="polite"></output>
</form></nav>`;

  const body = html`<a class="skip" href="#main">Skip to content</a>
<header><h1>${title}</h1><p class="muted">${plural(dossier.articles.length, 'article')}, ${plural(views.length, 'story', 'stories')}, ${plural(outlets.length, 'outlet')}. Made by corroborate ${dossier.tool.version}; works offline.</p></header>
${nav}
<main id="main">${views.map((v, i) => storySection(v, `s${i}`, outletIndex))}${problemsSection(dossier)}</main>
<footer><p>Dossier schema ${dossier.schemaVersion}. Claims, quotes and dates are extracted automatically from the articles; check them against the texts.</p></footer>`;

  const csp = contentSecurityPolicy(REPORT_SCRIPT);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${html`<meta http-equiv="Content-Security-Policy" content="${csp}">`}
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
${html`<title>${title}</title>`}
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function dataOutlets(keys: readonly string[], index: Map<string, number>): string {
  return keys.map((k) => index.get(k)).filter((i) => i !== undefined).join(' ');
}

function storySection(view: StoryView, id: string, outletIndex: Map<string, number>): Markup {
  const { story } = view;
  const sub = (name: string) => `${id}-${name}`;
  const toc = [
    ['articles', 'Articles'],
    ['timeline', 'Timeline'],
    ['coverage', 'Claims'],
    ['quotes', 'Quotes'],
    ['actors', 'Actors'],
    ['reuse', 'Reuse'],
    ['provenance', 'Provenance'],
  ] as const;
  return html`<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${story.title || '(untitled story)'}</h2>
<p>${plural(view.articles.length, 'article')} from ${plural(view.outlets.length, 'outlet')}; ${plural(story.claims.length, 'claim')}, ${plural(view.sharedClaims.length, 'claim')} carried by several outlets. First published ${formatDate(story.firstPublished)}, last ${formatDate(story.lastPublished)}.</p>
${story.reasons.length ? html`<details><summary>Why these articles are grouped</summary><ul>${story.reasons.map((r) => html`<li>${r}</li>`)}</ul></details>` : ''}
<p>${join(toc.map(([k, t]) => html`<a href="#${sub(k)}">${t}</a>`), ' · ')}</p>
${articlesSection(view, sub('articles'))}
${timelineSection(view, sub('timeline'))}
${claimsSection(view, sub('coverage'), outletIndex)}
${quotesSection(view, sub('quotes'), outletIndex)}
${actorsSection(view, sub('actors'))}
${reuseSection(view, sub('reuse'))}
<section id="${sub('provenance')}"><h3>Provenance</h3>
<figure class="graph">${provenanceSvg(view, id)}<figcaption>${provenanceList(view)}</figcaption></figure></section>
</section>`;
}

function articlesSection(view: StoryView, id: string): Markup {
  const rows = view.articles.map((a) => {
    const art = a.article;
    const href = safeHttpUrl(art?.url);
    const titleText = art?.title ?? '(untitled)';
    const titleCell: Fragment = href ? html`<a href="${href}" rel="noopener noreferrer">${titleText}</a>` : titleText;
    const urlNote = art?.url && !href ? html`<br><span class="muted">${art.url}</span>` : '';
    return html`<tr><td>${a.number}</td><th scope="row">${view.outletLabel(a.outletKey)}</th><td>${art?.published ? html`<time>${formatDate(art.published)}</time>` : 'unknown'}</td><td>${titleCell}${urlNote}${art?.authors.length ? html`<br><span class="muted">by ${art.authors.join(', ')}</span>` : ''}</td><td>${art?.language ?? 'unknown'}</td><td>${art?.words ?? ''}</td><td>${art?.notes.length ? html`<ul class="notes">${art.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}</td></tr>`;
  });
  return html`<section id="${id}"><h3>Articles <span class="count">(${view.articles.length})</span></h3>
<div class="scroll"><table><thead><tr><th scope="col">#</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Language</th><th scope="col">Words</th><th scope="col">Notes</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function sourcesOf(view: StoryView, articles: readonly string[]): string {
  return [...new Set(articles.map((a) => view.outletOfArticle(a)))].join(', ');
}

function timelineSection(view: StoryView, id: string): Markup {
  const entries = view.story.timeline;
  const svg = timelineChartSvg(entries);
  const items = entries.map((t, i) => {
    const dateTime = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.date) ? t.date : null;
    return html`<li><span class="muted">#${i + 1}</span><span>${dateTime ? html`<time datetime="${dateTime}">${t.date}</time>` : t.date}${t.precision !== 'day' ? html` <span class="muted">(${t.precision})</span>` : ''}</span><span>${t.text} <span class="muted">— “${t.expression}”; sources: ${sourcesOf(view, t.sources.map((s) => s.article))}</span></span></li>`;
  });
  return html`<section id="${id}"><h3>Timeline <span class="count">(${entries.length})</span></h3>
${svg ? html`<figure class="chart">${trusted(svg)}</figure>` : ''}
${entries.length ? html`<ol class="timeline">${items}</ol>` : html`<p>No dated events.</p>`}</section>`;
}

function claimItem(view: StoryView, c: DossierClaim, outletIndex: Map<string, number>): Markup {
  const speaker = view.actorName(c.speaker);
  return html`<li data-filter data-outlets="${dataOutlets(c.outlets, outletIndex)}">${c.text}${speaker ? html` <span class="muted">— ${speaker}</span>` : ''}
<details><summary>${plural(c.evidence.length, 'source')}: ${c.outlets.map(view.outletLabel).join(', ')}</summary><ul>${c.evidence.map(
    (e) => html`<li><blockquote>${e.text}</blockquote><span class="muted">${view.outletOfArticle(e.article)}</span></li>`,
  )}</ul></details></li>`;
}

function claimsSection(view: StoryView, id: string, outletIndex: Map<string, number>): Markup {
  const head = html`<tr><th scope="col">Claim</th>${view.outlets.map((o) => html`<th scope="col">${view.outletLabel(o)}</th>`)}</tr>`;
  const rows = view.claims.map((c) => {
    const carried = new Set(c.outlets);
    return html`<tr data-filter data-outlets="${dataOutlets(c.outlets, outletIndex)}"><th scope="row">${c.text}</th>${view.outlets.map((o) =>
      carried.has(o) ? html`<td class="yes" title="carried">✓<span class="sr"> carried</span></td>` : html`<td></td>`,
    )}</tr>`;
  });
  const unique = view.uniqueByOutlet.filter((u) => u.claims.length > 0);
  return html`<section id="${id}"><h3>Claims <span class="count">(${view.claims.length})</span></h3>
<h4>Coverage: which outlet carries which claim</h4>
<div class="scroll"><table class="matrix"><thead>${head}</thead><tbody>${rows}</tbody></table></div>
<h4>Carried by several outlets <span class="count">(${view.sharedClaims.length})</span></h4>
${view.sharedClaims.length ? html`<ul class="claims">${view.sharedClaims.map((c) => claimItem(view, c, outletIndex))}</ul>` : html`<p>None.</p>`}
<h4>Unique to one outlet</h4>
${unique.length ? unique.map((u) => html`<h5>${view.outletLabel(u.outlet)} <span class="count">(${u.claims.length})</span></h5><ul class="claims">${u.claims.map((c) => claimItem(view, c, outletIndex))}</ul>`) : html`<p>None.</p>`}
</section>`;
}

function quotesSection(view: StoryView, id: string, outletIndex: Map<string, number>): Markup {
  const groups = view.story.quotes.map((g) => {
    const items = g.quotes.map((q) => {
      const outlet = view.articleById.get(q.article)?.outletKey ?? q.article;
      return html`<li data-filter data-outlets="${dataOutlets([outlet], outletIndex)}">${q.direct ? html`<blockquote>${q.text}</blockquote>` : html`<p>${q.text} <span class="muted">(reported)</span></p>`}<span class="muted">${view.outletOfArticle(q.article)}${q.cue ? ` · “${q.cue}”` : ''}</span></li>`;
    });
    return html`<h4>${g.name || '(unknown speaker)'} <span class="count">(${g.quotes.length})</span></h4><ul class="quotes">${items}</ul>`;
  });
  const total = view.story.quotes.reduce((n, g) => n + g.quotes.length, 0);
  return html`<section id="${id}"><h3>Quotes by speaker <span class="count">(${total})</span></h3>${groups.length ? groups : html`<p>No quotes.</p>`}</section>`;
}

function actorCard(view: StoryView, a: DossierActor): Markup {
  const facts = [a.kind || a.type, a.code ? `code ${a.code}` : '', `${plural(a.mentions, 'mention')} in ${plural(a.articles.length, 'article')}`].filter(Boolean);
  const part = a.partOf ? view.actorName(a.partOf) : null;
  return html`<article class="actor"><h4>${a.name}</h4><p class="muted">${facts.join(' · ')}${part ? ` · part of ${part}` : ''}</p>
${a.roles.length ? html`<p>${a.roles.join('; ')}</p>` : ''}${a.aliases.length ? html`<p><span class="muted">Also:</span> ${a.aliases.join(', ')}</p>` : ''}
${a.positions.length ? html`<ul>${a.positions.map((p) => html`<li><strong>${p.negated ? 'not ' : ''}${p.type}</strong>${p.target ? ` → ${view.actorName(p.target) ?? p.target}` : ''} <span class="muted">(${p.modality}${p.date ? `, ${p.date}` : ''})</span><blockquote>${p.evidence.text}</blockquote></li>`)}</ul>` : ''}</article>`;
}

function actorsSection(view: StoryView, id: string): Markup {
  const actors = view.story.actors;
  return html`<section id="${id}"><h3>Actors <span class="count">(${actors.length})</span></h3>${actors.length ? html`<div class="actors">${actors.map((a) => actorCard(view, a))}</div>` : html`<p>No actors.</p>`}</section>`;
}

function reuseSection(view: StoryView, id: string): Markup {
  const pairs = view.story.reuse
    .map((r, i) => ({ r, i }))
    .sort((x, y) => y.r.passages.length - x.r.passages.length || x.i - y.i);
  const ref = (articleId: string) => {
    const a = view.articleById.get(articleId);
    return a ? `[${a.number}] ${view.outletLabel(a.outletKey)}` : articleId;
  };
  const rows = pairs.slice(0, PAIR_ROWS).map(({ r }, k) => {
    const mean = r.passages.length ? r.passages.reduce((s, p) => s + p.similarity, 0) / r.passages.length : 0;
    const a = k < PAIRS_SHOWN ? html`<a href="#${id}-p${k}">${r.passages.length}</a>` : `${r.passages.length}`;
    return html`<tr><th scope="row">${ref(r.a)}</th><td>${ref(r.b)}</td><td>${a}</td><td>${mean.toFixed(2)}</td><td>${r.relation}</td><td>${r.origin ? ref(r.origin) : '—'}</td></tr>`;
  });
  const shown = pairs.slice(0, PAIRS_SHOWN).map(({ r }, k) => html`<section id="${id}-p${k}" aria-label="Side by side ${k + 1}"><h4>${ref(r.a)} and ${ref(r.b)}: ${plural(r.passages.length, 'shared passage')}</h4>
<p class="muted">Highlighted passages appear in both; select one to jump to its counterpart.</p>${reusePairView(view, r, `${id}-p${k}`)}</section>`);
  return html`<section id="${id}"><h3>Reuse <span class="count">(${plural(pairs.length, 'article pair')})</span></h3>
${pairs.length ? html`<div class="scroll"><table><thead><tr><th scope="col">Article</th><th scope="col">Shares with</th><th scope="col">Passages</th><th scope="col">Mean similarity</th><th scope="col">Relation</th><th scope="col">Origin</th></tr></thead><tbody>${rows}</tbody></table></div>
${pairs.length > PAIR_ROWS ? html`<p class="muted">First ${PAIR_ROWS} of ${pairs.length} pairs shown.</p>` : ''}${shown}` : html`<p>No shared passages between articles.</p>`}</section>`;
}

function problemsSection(dossier: Dossier): Markup | '' {
  if (!dossier.problems.length) return '';
  return html`<section id="problems"><h2>Problems <span class="count">(${dossier.problems.length})</span></h2><ul>${dossier.problems.map(
    (p) => html`<li><strong>${p.input}</strong>: ${p.message}</li>`,
  )}</ul></section>`;
}
