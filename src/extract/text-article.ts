// Plain text and markdown → article: chrome removed, title and date inferred only from clear signals.
import { splitAuthors } from './authors.js';
import { isAfter } from './dates.js';
import { markdownToText } from './markdown.js';
import { breadcrumbLeaf, endsLikeSentence, wordCount } from './text-chrome-rules.js';
import { describeRemoved, removeChrome, type RemovedLine } from './text-chrome.js';
import { dateFromDateline, dateLine } from './text-dates.js';
import { normalizeInline } from './whitespace.js';

export interface TextArticle {
  title: string | null;
  titleSource: string | null;
  authors: string[];
  published: string | null;
  publishedSource: string | null;
  paragraphs: string[];
  removed: RemovedLine[];
  notes: string[];
}

function same(a: string, b: string): boolean {
  const k = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return k(a) === k(b) && k(a).length > 0;
}

/** A line that reads like a headline: a few words, capitalised, with no sentence-final punctuation. */
export function isHeadingLike(s: string): boolean {
  const w = wordCount(s);
  return w >= 2 && w <= 25 && s.length <= 200 && !endsLikeSentence(s) && !/[,;:]$/.test(s) && /^[\p{Lu}\p{N}"“«'‘]/u.test(s);
}

/**
 * Hard-wrapped text (lines cut at a fixed width) has its lines rejoined; otherwise each line is a paragraph,
 * as scrapers write one paragraph per line.
 */
function paragraphsOf(blocks: string[], soft: boolean): string[] {
  const multi = blocks.filter((b) => b.includes('\n'));
  let wrapped = soft;
  if (!wrapped && multi.length > 0) {
    let fixed = 0;
    for (const b of multi) {
      const ls = b.split('\n');
      const lens = ls.slice(0, -1).map((l) => l.length);
      const max = Math.max(...lens);
      if (max >= 50 && max <= 100 && lens.every((n) => n >= max - 30)) fixed++;
    }
    wrapped = fixed >= multi.length * 0.6;
  }
  const out: string[] = [];
  for (const b of blocks) {
    if (wrapped) out.push(normalizeInline(b.replace(/-\n(?=\p{Ll})/gu, '').replace(/\n/g, ' ')));
    else for (const l of b.split('\n')) out.push(normalizeInline(l));
  }
  return out.filter(Boolean);
}

export interface TextInput {
  content: string;
  markdown: boolean;
  declaredTitle?: string;
  now?: string;
}

export function textArticle(input: TextInput): TextArticle {
  const notes: string[] = [];
  const md = input.markdown ? markdownToText(input.content) : null;
  const source = md ? md.text : input.content;
  const chrome = removeChrome(source);
  const blocks = chrome.text.split('\n\n');
  const paragraphs = paragraphsOf(blocks, input.markdown);
  const summary = describeRemoved(chrome.removed);
  if (summary) notes.push(summary);

  // Title: declared, else markdown's first h1, else the breadcrumb's leaf, else a heading-like first line.
  let title: string | null = null;
  let titleSource: string | null = null;
  const crumb = chrome.removed.find((r) => r.reason === 'breadcrumb');
  const leaf = crumb ? breadcrumbLeaf(crumb.line) : '';
  const first = paragraphs[0] ?? '';
  if (input.declaredTitle) {
    title = input.declaredTitle;
    titleSource = 'declared';
  } else if (md?.heading) {
    title = md.heading;
    titleSource = 'markdown heading';
  } else if (leaf && isHeadingLike(leaf) && wordCount(leaf) >= 3) {
    title = leaf;
    titleSource = 'breadcrumb';
  } else if (paragraphs.length > 1 && isHeadingLike(first) && wordCount(first) >= 3) {
    title = first;
    titleSource = 'first line';
  }
  // The title is not repeated as the body's first paragraph.
  if (title && paragraphs.length > 1 && same(paragraphs[0] ?? '', title)) paragraphs.shift();

  // Authors: only from lines the chrome rules recognised as bylines.
  const authors: string[] = [];
  for (const r of chrome.removed) {
    if (r.reason !== 'byline' || /^(?:additional\s+)?(?:editing|writing|compiled|produced|translated)\s+by/i.test(r.line)) continue;
    for (const name of splitAuthors(r.line)) if (!authors.includes(name)) authors.push(name);
  }

  // Date: a date-only line near the top (publication, not update) or a dateline opening the first paragraphs.
  let published: string | null = null;
  let publishedSource: string | null = null;
  const candidates: { date: string; source: string }[] = [];
  for (const r of chrome.removed) {
    if (r.reason !== 'date line') continue;
    const d = dateLine(r.line);
    if (d && d.kind === 'published') candidates.push({ date: d.date, source: 'date line' });
  }
  for (const p of paragraphs.slice(0, 3)) {
    const d = dateFromDateline(p);
    if (d) candidates.push({ date: d, source: 'dateline' });
  }
  for (const c of candidates) {
    if (isAfter(c.date, input.now)) {
      notes.push(`published: ignored ${c.date} from ${c.source} (after the crawl date ${input.now})`);
      continue;
    }
    published = c.date;
    publishedSource = c.source;
    break;
  }
  return { title, titleSource, authors, published, publishedSource, paragraphs, removed: chrome.removed, notes };
}
