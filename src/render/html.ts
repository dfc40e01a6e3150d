// The self-contained HTML report: one file, no network, strict CSP, every dossier string
// passed through the `html` template (and so through escapeHtml).
import type { Dossier, DossierActor, DossierClaim } from '../dossier/schema.js';
import { contentSecurityPolicy } from './csp.js';
import { safeHttpUrl } from './escape.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { provenanceList, provenanceSvg, provenanceTable } from './html-provenance.js';
import { pairHeading, reuseDataBlock, reusePairSection } from './html-reuse.js';
import { html, join, trusted, type Fragment, type Markup } from './html-template.js';
import { timelineChartSvg } from './html-timeline-chart.js';
import { allOutlets, buildStoryView, formatDate, unique, type StoryView } from './model.js';
import { plural } from './text.js';

/** Side-by-side views per story; more would make the file as large as all the texts again. */
const PAIRS_SHOWN = 5;
/** Lists longer than this start closed; the filter opens those that hold a match. */
const GROUP_OPEN = 12;
/** Positions on an actor card before the rest fold away, so the cards stay comparable. */
const POSITIONS_SHOWN = 3;
/** Rows of the reuse table before it is cut (100 outlets make ~5000 pairs). */
const PAIR_ROWS = 200;

export function renderHtml(dossier: Dossier): string {
  const outlets = allOutlets(dossier);
  const outletIndex = new Map(outlets.map((o, i) => [o, i]));
  const views = dossier.stories.map((s) => buildStoryView(dossier, s));
  const label = views[0]?.outletLabel ?? ((k: string) => k);
  const title = views.length === 1 ? `Dossier: ${views[0]!.story.title}` : `Dossier: ${plural(views.length, 'story', 'stories')}`;

  // One story: the nav lists its sections; several: the stories.
  const navLinks =
    views.length === 1
      ? SECTIONS.map(([k, t]) => html`<li><a href="#s0-${k}">${t}</a></li>`)
      : views.map((v, i) => html`<li><a href="#s${i}">${v.story.title || '(untitled story)'}</a></li>`);
  const nav = html`<nav aria-label="Sections"><ul>${navLinks}${dossier.problems.length ? html`<li><a href="#problems">Problems</a></li>` : ''}</ul>
<form id="filters" role="search" hidden>
<label for="filter-text">Search claims and quotes<input type="search" id="filter-text" autocomplete="off" aria-describedby="filter-status" placeholder="e.g. Crimea"></label>
<label for="filter-outlet">Outlet<select id="filter-outlet" aria-describedby="filter-status"><option value="">All outlets</option>${outlets.map(
    (o, i) => html`<option value="${i}">${label(o)}</option>`,
  )}</select></label>
<button type="reset" id="filter-clear">Clear</button>
<output id="filter-status" for="filter-text filter-outlet" aria-live="polite"></output>
</form></nav>`;

  const body = html`<a class="skip" href="#main">Skip to content</a>
<header><h1>${title}</h1><p class="muted">${plural(dossier.articles.length, 'article')}, ${plural(views.length, 'story', 'stories')}, ${plural(outlets.length, 'outlet')}. Made by corroborate ${dossier.tool.version}; works offline.</p></header>
${nav}
<main id="main">${views.map((v, i) => storySection(v, `s${i}`, outletIndex, views.length === 1))}${problemsSection(dossier)}</main>
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

const SECTIONS = [
  ['overview', 'Overview'],
  ['articles', 'Articles'],
  ['timeline', 'Timeline'],
  ['coverage', 'Claims'],
  ['quotes', 'Quotes'],
  ['actors', 'Actors'],
  ['reuse', 'Reuse'],
  ['provenance', 'Provenance'],
] as const;

function storySection(view: StoryView, id: string, outletIndex: Map<string, number>, only: boolean): Markup {
  const { story } = view;
  const sub = (name: string) => `${id}-${name}`;
  // With one story the page title already names it; the heading stays for the outline only.
  return html`<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title"${only ? html` class="sr"` : ''}>${story.title || '(untitled story)'}</h2>
${only ? '' : html`<p class="toc">${join(SECTIONS.map(([k, t]) => html`<a href="#${sub(k)}">${t}</a>`), ' · ')}</p>`}
${overviewSection(view, sub('overview'))}
${articlesSection(view, sub('articles'))}
${timelineSection(view, sub('timeline'))}
${claimsSection(view, sub('coverage'), outletIndex)}
${quotesSection(view, sub('quotes'), outletIndex)}
${actorsSection(view, sub('actors'))}
${reuseSection(view, sub('reuse'))}
${provenanceSection(view, sub('provenance'), id)}
</section>`;
}

/** Key figures and the most widely carried claims: what a reader needs before the detail. */
function overviewSection(view: StoryView, id: string): Markup {
  const { story } = view;
  const quotes = story.quotes.reduce((n, g) => n + g.quotes.length, 0);
  const span =
    story.firstPublished || story.lastPublished
      ? formatDate(story.firstPublished) === formatDate(story.lastPublished)
        ? formatDate(story.firstPublished)
        : `${formatDate(story.firstPublished)} – ${formatDate(story.lastPublished)}`
      : 'unknown';
  const figures: [string, string | number, string][] = [
    ['Articles', view.articles.length, `from ${plural(view.outlets.length, 'outlet')}`],
    ['Claims', story.claims.length, `${view.sharedClaims.length} carried by several outlets`],
    ['Quotes', quotes, `from ${plural(story.quotes.length, 'speaker')}`],
    ['Actors', story.actors.length, `${story.actors.filter((a) => a.positions.length > 0).length} with stated positions`],
    ['Dated events', story.timeline.length, ''],
    ['Reuse', story.reuse.length, story.reuse.length === 1 ? 'article pair shares passages' : 'article pairs share passages'],
    ['Published', span, ''],
  ];
  const top = view.sharedClaims.slice(0, 3);
  return html`<section id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title">Overview</h3>
<dl class="figures">${figures.map(([k, v, note]) => html`<div><dt>${k}</dt><dd><strong>${v}</strong>${note ? html` <span class="muted">${note}</span>` : ''}</dd></div>`)}</dl>
${top.length ? html`<h4>Most widely carried claims</h4><ol class="top">${top.map((c) => html`<li>${c.text} <span class="muted">— ${plural(unique(c.outlets).length, 'outlet')}</span></li>`)}</ol>` : ''}
${story.reasons.length ? html`<details><summary>Why these articles are grouped</summary><ul>${story.reasons.map((r) => html`<li>${r}</li>`)}</ul></details>` : ''}
</section>`;
}

function provenanceSection(view: StoryView, id: string, storyId: string): Markup {
  const svg = provenanceSvg(view, storyId);
  const links = view.story.reuse.length;
  const caption = links > 12 ? html`<details><summary>All ${links} links in words</summary>${provenanceList(view)}</details>` : provenanceList(view);
  return html`<section id="${id}"><h3>Provenance</h3>
${svg ? html`<figure class="graph"><div class="scroll">${svg}</div><figcaption>${caption}</figcaption></figure>` : html`<p class="muted">${plural(view.articles.length, 'article')} are too many for a readable graph; the table lists who drew on whom.</p>`}
${links ? html`<h4>Who drew on whom</h4>${provenanceTable(view)}` : ''}
${!svg && links ? caption : ''}</section>`;
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
  const uniqueLists = view.uniqueByOutlet.filter((u) => u.claims.length > 0);
  const many = view.outlets.length > 6;
  return html`<section id="${id}"><h3>Claims <span class="count">(${view.claims.length})</span></h3>
<h4>Coverage: which outlet carries which claim</h4>
<div class="scroll matrix-wrap" tabindex="0" role="region" aria-label="Claim by outlet coverage"><table class="matrix${many ? ' many' : ''}"><thead>${head}</thead><tbody>${rows}</tbody></table></div>
<h4>Carried by several outlets <span class="count">(${view.sharedClaims.length})</span></h4>
${view.sharedClaims.length ? html`<ul class="claims">${view.sharedClaims.map((c) => claimItem(view, c, outletIndex))}</ul>` : html`<p>None.</p>`}
<h4>Unique to one outlet</h4>
${uniqueLists.length ? uniqueLists.map((u) => html`<details class="group"${u.claims.length <= GROUP_OPEN ? ' open' : ''}><summary><h5>${view.outletLabel(u.outlet)} <span class="count">(${u.claims.length})</span></h5></summary><ul class="claims">${u.claims.map((c) => claimItem(view, c, outletIndex))}</ul></details>`) : html`<p>None.</p>`}
</section>`;
}

function quotesSection(view: StoryView, id: string, outletIndex: Map<string, number>): Markup {
  const groups = view.story.quotes.map((g) => {
    const items = g.quotes.map((q) => {
      const outlet = view.articleById.get(q.article)?.outletKey ?? q.article;
      return html`<li data-filter data-outlets="${dataOutlets([outlet], outletIndex)}">${q.direct ? html`<blockquote>${q.text}</blockquote>` : html`<p>${q.text} <span class="muted">(reported)</span></p>`}<span class="muted">${view.outletOfArticle(q.article)}${q.cue ? ` · “${q.cue}”` : ''}</span></li>`;
    });
    return html`<details class="group"${g.quotes.length <= GROUP_OPEN ? ' open' : ''}><summary><h4>${g.name || '(unknown speaker)'} <span class="count">(${g.quotes.length})</span></h4></summary><ul class="quotes">${items}</ul></details>`;
  });
  const total = view.story.quotes.reduce((n, g) => n + g.quotes.length, 0);
  return html`<section id="${id}"><h3>Quotes by speaker <span class="count">(${total})</span></h3>${groups.length ? groups : html`<p>No quotes.</p>`}</section>`;
}

function actorCard(view: StoryView, a: DossierActor): Markup {
  const facts = [a.kind || a.type, a.code ? `code ${a.code}` : '', `${plural(a.mentions, 'mention')} in ${plural(a.articles.length, 'article')}`].filter(Boolean);
  const part = a.partOf ? view.actorName(a.partOf) : null;
  const position = (p: DossierActor['positions'][number]) =>
    html`<li><strong>${p.negated ? 'not ' : ''}${p.type}</strong>${p.target ? ` → ${view.actorName(p.target) ?? p.target}` : ''} <span class="muted">(${p.modality}${p.date ? `, ${p.date}` : ''})</span><blockquote>${p.evidence.text}</blockquote></li>`;
  return html`<article class="actor"><h4>${a.name}</h4><p class="muted">${facts.join(' · ')}${part ? ` · part of ${part}` : ''}</p>
${a.roles.length ? html`<p>${a.roles.join('; ')}</p>` : ''}${a.aliases.length ? html`<p><span class="muted">Also:</span> ${a.aliases.join(', ')}</p>` : ''}
${a.positions.length ? html`<ul class="positions">${a.positions.slice(0, POSITIONS_SHOWN).map(position)}</ul>` : ''}${a.positions.length > POSITIONS_SHOWN ? html`<details><summary>${a.positions.length - POSITIONS_SHOWN} more positions</summary><ul class="positions">${a.positions.slice(POSITIONS_SHOWN).map(position)}</ul></details>` : ''}</article>`;
}

function actorsSection(view: StoryView, id: string): Markup {
  const actors = view.story.actors;
  return html`<section id="${id}"><h3>Actors <span class="count">(${actors.length})</span></h3>${actors.length ? html`<div class="actors">${actors.map((a) => actorCard(view, a))}</div>` : html`<p>No actors.</p>`}</section>`;
}

function reuseSection(view: StoryView, id: string): Markup {
  const pairs = view.story.reuse
    .map((r, i) => ({ r, i }))
    .sort((x, y) => y.r.passages.length - x.r.passages.length || x.i - y.i)
    .map((x) => x.r);
  if (pairs.length === 0) return html`<section id="${id}"><h3>Reuse <span class="count">(0 article pairs)</span></h3><p>No shared passages between articles.</p></section>`;
  const listed = pairs.slice(0, PAIR_ROWS);
  const ref = (articleId: string) => {
    const a = view.articleById.get(articleId);
    return a ? `[${a.number}] ${view.outletLabel(a.outletKey)}` : articleId;
  };
  const pairId = (k: number) => `${id}-p${k}`;
  // Without script only the pre-rendered pairs exist, so only they get a link.
  const rows = listed.map((r, k) => {
    const mean = r.passages.length ? r.passages.reduce((s, p) => s + p.similarity, 0) / r.passages.length : 0;
    const count = k < PAIRS_SHOWN ? html`<a href="#${pairId(k)}" data-pair="${k}">${r.passages.length}</a>` : html`<span data-pair-cell="${k}">${r.passages.length}</span>`;
    return html`<tr><th scope="row">${ref(r.a)}</th><td>${ref(r.b)}</td><td>${count}</td><td>${mean.toFixed(2)}</td><td>${r.relation}</td><td>${r.origin ? ref(r.origin) : '—'}</td></tr>`;
  });
  const picker = html`<p class="pick" hidden><label for="${id}-pick">Compare</label> <select id="${id}-pick" data-views="${id}-views" data-source="${id}-data">${listed.map(
    (r, k) => html`<option value="${k}">${pairHeading(view, r)}</option>`,
  )}</select></p>`;
  const shown = listed.slice(0, PAIRS_SHOWN).map((r, k) => reusePairSection(view, r, pairId(k)));
  return html`<section id="${id}"><h3>Reuse <span class="count">(${plural(pairs.length, 'article pair')})</span></h3>
<p class="muted">Pairs of articles that share passages, most passages first. ${listed.length > PAIRS_SHOWN ? `The first ${PAIRS_SHOWN} are shown side by side below; pick any pair to compare it.` : 'Each is shown side by side below.'}</p>
<div class="scroll"><table><thead><tr><th scope="col">Article</th><th scope="col">Shares with</th><th scope="col">Passages</th><th scope="col">Mean similarity</th><th scope="col">Relation</th><th scope="col">Origin</th></tr></thead><tbody>${rows}</tbody></table></div>
${pairs.length > PAIR_ROWS ? html`<p class="muted">First ${PAIR_ROWS} of ${pairs.length} pairs shown.</p>` : ''}
${picker}<div class="pair-views" id="${id}-views">${shown}</div>${listed.length > PAIRS_SHOWN ? reuseDataBlock(view, listed, `${id}-data`, PAIRS_SHOWN) : ''}</section>`;
}

function problemsSection(dossier: Dossier): Markup | '' {
  if (!dossier.problems.length) return '';
  return html`<section id="problems"><h2>Problems <span class="count">(${dossier.problems.length})</span></h2><ul>${dossier.problems.map(
    (p) => html`<li><strong>${p.input}</strong>: ${p.message}</li>`,
  )}</ul></section>`;
}
