// The dossier as a scannable terminal summary: one block per story, section headings with
// counts, every entry on one line cut to the terminal width.
import type { Dossier } from '../dossier/schema.js';
import { styles, type Styles } from './ansi.js';
import { buildStoryView, formatDate, type StoryView } from './model.js';
import { displayLength, oneLine, plural, truncate } from './text.js';

export interface TerminalOptions {
  color?: boolean;
  width?: number;
}

/** How many entries a list shows before "… and N more", so a big story stays one screen per section. */
const LIST_LIMIT = 12;

export function renderTerminal(dossier: Dossier, options: TerminalOptions = {}): string {
  const width = Math.max(20, Math.floor(options.width ?? 100));
  const st = styles(options.color === true);
  const out: string[] = [];
  // Styling is applied after cutting so escape codes never count toward the width.
  // A suffix (outlet, sources) is kept whole and the main text is cut to make room for it.
  const line: Line = (indent, text, style = (s) => s, suffix = '') => {
    const tail = suffix ? ` ${oneLine(suffix)}` : '';
    const room = width - indent - displayLength(tail);
    const body = room >= 12 ? truncate(oneLine(text), room) + tail : truncate(oneLine(text) + tail, width - indent);
    out.push(' '.repeat(indent) + style(body));
  };

  line(0, `corroborate dossier: ${plural(dossier.articles.length, 'article')}, ${plural(dossier.stories.length, 'story', 'stories')}`, st.bold);
  for (const story of dossier.stories) {
    out.push('');
    renderStory(buildStoryView(dossier, story), st, line);
  }
  if (dossier.problems.length > 0) {
    out.push('');
    line(0, `Problems (${dossier.problems.length})`, st.warn);
    for (const p of dossier.problems) line(2, `${p.input}: ${p.message}`);
  }
  return out.join('\n') + '\n';
}

type Line = (indent: number, text: string, style?: (s: string) => string, suffix?: string) => void;

function renderStory(view: StoryView, st: Styles, line: Line): void {
  const { story } = view;
  const span =
    story.firstPublished || story.lastPublished
      ? `, ${formatDate(story.firstPublished)} – ${formatDate(story.lastPublished)}`
      : '';
  line(0, `═ ${story.title || '(untitled story)'}`, st.heading);
  line(2, `${plural(view.articles.length, 'article')}, ${plural(view.outlets.length, 'outlet')}, ${plural(story.claims.length, 'claim')}${span}`, st.dim);

  section(line, st, `Articles (${view.articles.length})`);
  for (const a of view.articles) {
    const title = a.article?.title ?? '(untitled)';
    line(2, `[${a.number}] ${view.outletLabel(a.outletKey)} · ${formatDate(a.article?.published ?? null)} · ${title}`);
  }

  section(line, st, `Claims carried by several outlets (${view.sharedClaims.length})`);
  limited(view.sharedClaims, line, (c) => {
    line(2, `• ${c.text}`);
    line(4, `${c.outlets.length} outlets: ${c.outlets.map(view.outletLabel).join(', ')}`, st.dim);
  });

  const uniqueTotal = view.uniqueByOutlet.reduce((n, u) => n + u.claims.length, 0);
  section(line, st, `Claims unique to one outlet (${uniqueTotal})`);
  for (const u of view.uniqueByOutlet) {
    if (u.claims.length === 0) continue;
    line(2, `${view.outletLabel(u.outlet)} (${u.claims.length})`, st.accent);
    limited(u.claims, line, (c) => line(4, `• ${c.text}`), 4);
  }

  const quoteTotal = story.quotes.reduce((n, g) => n + g.quotes.length, 0);
  section(line, st, `Quotes by speaker (${quoteTotal})`);
  limited(story.quotes, line, (g) => {
    line(2, `${g.name || '(unknown speaker)'} (${g.quotes.length})`, st.accent);
    limited(g.quotes, line, (q) => {
      const text = q.direct ? `“${oneLine(q.text)}”` : `(reported) ${q.text}`;
      line(4, text, undefined, `— ${view.outletOfArticle(q.article)}`);
    }, 4);
  });

  section(line, st, `Timeline (${story.timeline.length})`);
  limited(story.timeline, line, (t) => {
    const sources = [...new Set(t.sources.map((s) => view.outletOfArticle(s.article)))];
    line(2, `${oneLine(t.date).padEnd(10)} ${t.text}`, undefined, `[${sources.join(', ')}]`);
  });

  section(line, st, `Reuse (${plural(story.reuse.length, 'article pair')})`);
  limited(story.reuse, line, (r) => {
    const ref = (id: string) => {
      const a = view.articleById.get(id);
      return a ? `[${a.number}] ${view.outletLabel(a.outletKey)}` : view.outletOfArticle(id);
    };
    const direction = r.origin ? `, origin ${ref(r.origin)}` : '';
    line(2, `${ref(r.a)} ↔ ${ref(r.b)}: ${plural(r.passages.length, 'shared passage')}, ${r.relation}${direction}`);
  });
}

function section(line: Line, st: Styles, title: string): void {
  line(0, '');
  line(0, title, st.bold);
}

function limited<T>(items: readonly T[], line: Line, each: (item: T) => void, indent = 2): void {
  if (items.length === 0) {
    line(indent, '(none)');
    return;
  }
  items.slice(0, LIST_LIMIT).forEach(each);
  if (items.length > LIST_LIMIT) line(indent, `… and ${items.length - LIST_LIMIT} more`);
}

