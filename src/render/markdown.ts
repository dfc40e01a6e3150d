// The dossier as Markdown for documents: the same sections as the HTML report, as
// headings, lists and pipe tables. Untrusted text is escaped so it can neither open raw
// HTML nor form links, emphasis or table cells.
import type { Dossier, DossierActor } from '../dossier/schema.js';
import { safeHttpUrl } from './escape.js';
import { buildStoryView, formatDate, type StoryView } from './model.js';
import { plural } from './text.js';

/**
 * Escapes one inline Markdown value: HTML-significant characters as entities, the
 * punctuation that makes emphasis, code, links and table cells with backslashes, line
 * breaks as spaces. Parentheses and "!" need nothing: with "[" escaped no link can form,
 * and every line we write starts with our own marker, so "#", "+", ">" cannot start a block.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`);
}

const md = escapeMarkdown;

function link(text: string, url: string | null): string {
  const href = safeHttpUrl(url);
  // URL.href percent-encodes spaces and angle brackets, so <...> cannot be broken out of.
  return href ? `[${md(text)}](<${href}>)` : md(text);
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function renderMarkdown(dossier: Dossier): string {
  const out: string[] = [];
  out.push('# Story dossier', '');
  out.push(`${plural(dossier.articles.length, 'article')}, ${plural(dossier.stories.length, 'story', 'stories')}. Made by corroborate ${md(dossier.tool.version)}.`, '');
  for (const story of dossier.stories) out.push(...renderStory(buildStoryView(dossier, story)));
  if (dossier.problems.length > 0) {
    out.push('## Problems', '');
    for (const p of dossier.problems) out.push(`- ${md(p.input)}: ${md(p.message)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function renderStory(view: StoryView): string[] {
  const { story } = view;
  const out: string[] = [];
  const outlet = (key: string) => md(view.outletLabel(key));
  out.push(`## Story: ${md(story.title || '(untitled story)')}`, '');
  out.push(
    `${plural(view.articles.length, 'article')}, ${plural(view.outlets.length, 'outlet')}, ${plural(story.claims.length, 'claim')}; first published ${md(formatDate(story.firstPublished))}, last ${md(formatDate(story.lastPublished))}.`,
    '',
  );
  if (story.reasons.length) out.push(`Grouped because: ${story.reasons.map(md).join('; ')}.`, '');

  out.push('### Articles', '');
  out.push(
    ...table(
      ['#', 'Outlet', 'Date', 'Title', 'Language', 'Words', 'Notes'],
      view.articles.map((a) => [
        String(a.number),
        outlet(a.outletKey),
        md(formatDate(a.article?.published ?? null)),
        link(a.article?.title ?? '(untitled)', a.article?.url ?? null),
        md(a.article?.language ?? 'unknown'),
        String(a.article?.words ?? ''),
        (a.article?.notes ?? []).map(md).join('; '),
      ]),
    ),
    '',
  );

  out.push('### Claims carried by several outlets', '');
  if (view.sharedClaims.length === 0) out.push('None.');
  for (const c of view.sharedClaims) out.push(`- ${md(c.text)} — ${c.outlets.map(outlet).join(', ')}`);
  out.push('');

  out.push('### Coverage', '');
  out.push(
    ...table(
      ['Claim', ...view.outlets.map(outlet)],
      view.claims.map((c) => [md(c.text), ...view.outlets.map((o) => (c.outlets.includes(o) ? '✓' : ''))]),
    ),
    '',
  );

  out.push('### Claims unique to each outlet', '');
  for (const u of view.uniqueByOutlet) {
    out.push(`#### ${outlet(u.outlet)}`, '');
    if (u.claims.length === 0) out.push('None.');
    for (const c of u.claims) out.push(`- ${md(c.text)}`);
    out.push('');
  }

  out.push('### Quotes by speaker', '');
  for (const g of story.quotes) {
    out.push(`#### ${md(g.name || '(unknown speaker)')}`, '');
    for (const q of g.quotes) {
      const text = q.direct ? `“${md(q.text)}”` : `${md(q.text)} (reported)`;
      out.push(`- ${text} — ${md(view.outletOfArticle(q.article))}`);
    }
    out.push('');
  }

  out.push('### Actors', '');
  for (const a of story.actors) out.push(...actorLines(a, view));
  out.push('');

  out.push('### Timeline', '');
  out.push(
    ...table(
      ['Date', 'What happened', 'Sources'],
      story.timeline.map((t) => [md(t.date), md(t.text), [...new Set(t.sources.map((s) => view.outletOfArticle(s.article)))].map(md).join(', ')]),
    ),
    '',
  );

  out.push('### Reuse', '');
  if (story.reuse.length === 0) out.push('No shared passages.');
  for (const r of story.reuse) {
    const origin = r.origin ? `; origin: ${md(view.outletOfArticle(r.origin))}` : '';
    out.push(`- ${md(view.outletOfArticle(r.a))} ↔ ${md(view.outletOfArticle(r.b))}: ${plural(r.passages.length, 'shared passage')}, ${md(r.relation)}${origin}`);
    for (const p of r.passages) out.push(`  - “${md(p.textA)}” (similarity ${p.similarity.toFixed(2)})`);
  }
  out.push('');
  return out;
}

function actorLines(a: DossierActor, view: StoryView): string[] {
  const facts = [a.kind || a.type, a.code ? `code ${a.code}` : null, a.roles.length ? a.roles.join('; ') : null].filter(
    (x): x is string => !!x,
  );
  const aliases = a.aliases.length ? `; also: ${a.aliases.map(md).join(', ')}` : '';
  const lines = [`- **${md(a.name)}** (${facts.map(md).join(', ')})${aliases}`];
  for (const p of a.positions) {
    const target = p.target ? ` → ${md(view.actorName(p.target) ?? p.target)}` : '';
    lines.push(`  - ${p.negated ? 'not ' : ''}${md(p.type)}${target} (${md(p.modality)}): “${md(p.evidence.text)}”`);
  }
  return lines;
}
