// HTML page → main text blocks and metadata, from one streaming pass (html-tree) and the block scoring
// in html-content; the kept text then goes through the line rules that catch chrome inside the body.
import { chooseContent, DEFAULT_CONTENT, textOf, unexcludedChars, type ContentOptions } from './html-content.js';
import { chooseMetadata, type HtmlMetadata } from './html-metadata.js';
import { parseLight, type LightPage } from './html-tree.js';
import { cleanAuthors } from './authors.js';
import { isAfter, normalizeDate } from './dates.js';
import { applySiteRule, siteRuleFor, type SiteRule } from './sites/index.js';
import { describeRemoved, removeChrome, type ChromeResult, type RemovedLine } from './text-chrome.js';
import { normalizeInline } from './whitespace.js';

export interface HtmlArticle {
  metadata: HtmlMetadata;
  paragraphs: string[];
  notes: string[];
}

function same(a: string, b: string): boolean {
  const k = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return k(a) === k(b) && k(a).length > 0;
}

/** Below this many characters a pass is taken as a miss and retried with fewer filters. */
const MIN_CHARS = 500;
/** Below this share of the chosen blocks' text kept after cleaning, a pass is retried as well. */
const KEPT_SHARE = 0.2;

const PASSES: { options: ContentOptions; note: string }[] = [
  { options: DEFAULT_CONTENT, note: 'scored blocks' },
  { options: { stripUnlikely: false, weighClasses: true, clean: true }, note: 'scored blocks (furniture classes kept)' },
  { options: { stripUnlikely: false, weighClasses: false, clean: false }, note: 'scored blocks (no class hints, no cleaning)' },
];

interface MainText {
  blocks: string[];
  note: string;
  /** Lines that were link text in the page (headlines of other stories, tag links). */
  linked: Set<string>;
}

function mainText(page: LightPage): MainText {
  let best: (MainText & { chars: number }) | null = null;
  for (const pass of PASSES) {
    const chosen = chooseContent(page.blocks, pass.options);
    if (!chosen) continue;
    const linked = new Set<string>();
    const blocks = chosen.blocks.flatMap((b) => textOf(b, chosen.excluded, pass.options.clean, pass.options, linked));
    const chars = blocks.reduce((n, b) => n + b.length, 0);
    // A looser pass replaces a short result only when it finds much more: short articles exist.
    if (!best || chars > best.chars * 2) best = { blocks, note: pass.note, chars, linked };
    // Cleaning that threw away most of the chosen blocks' text says the choice or the cleaning is wrong.
    const raw = chosen.blocks.reduce((n, b) => n + unexcludedChars(b, chosen.excluded), 0);
    if (chars >= MIN_CHARS && chars >= raw * KEPT_SHARE) break;
  }
  if (best && best.chars > 0) return best;
  const linked = new Set<string>();
  return { blocks: textOf(page.root, new Set(), false, DEFAULT_CONTENT, linked), note: 'page body', linked };
}

/**
 * The line rules guess a run of short unpunctuated lines is a list of links; the page says whether it was.
 * Lines removed as a link list that were not link text (tour dates, a list of products) are put back.
 */
function keepUnlinkedLists(text: string, chrome: ChromeResult, linked: Set<string>): ChromeResult {
  const wrong = (r: RemovedLine): boolean => r.reason === 'link list' && !linked.has(r.line);
  if (!chrome.removed.some(wrong)) return chrome;
  // Replays the removal over the original lines: each removed line consumes its first unconsumed match.
  const pending = [...chrome.removed];
  const kept: string[] = [];
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (!t) continue;
    const i = pending.findIndex((r) => r.line === t);
    const r = i >= 0 ? pending.splice(i, 1)[0] : undefined;
    if (!r || wrong(r)) kept.push(t);
  }
  return { text: kept.join('\n'), removed: chrome.removed.filter((r) => !wrong(r)) };
}

/** A found value replaces the metadata's, and its note says it came from the site rule. */
function withRule(metadata: HtmlMetadata, field: 'title' | 'authors' | 'published', host: string): HtmlMetadata {
  return { ...metadata, notes: [...metadata.notes.filter((n) => !n.startsWith(`${field}:`)), `${field}: site rule ${host}`] };
}

/** The site rule's body and metadata where it finds them; the generic result elsewhere. */
function applyRule(page: LightPage, html: string, rule: SiteRule, metadata: HtmlMetadata, now: string | undefined): { metadata: HtmlMetadata; main: MainText } {
  const found = applySiteRule(page.blocks, rule, html);
  let m = metadata;
  if (found.title) m = { ...withRule(m, 'title', rule.host), title: found.title };
  const authors = cleanAuthors(found.bylines);
  if (authors.length > 0) m = { ...withRule(m, 'authors', rule.host), authors };
  const date = normalizeDate(found.date);
  if (date && !isAfter(date, now)) m = { ...withRule(m, 'published', rule.host), published: date };
  if (found.paragraphs) return { metadata: m, main: { blocks: found.paragraphs, note: `site rule ${rule.host}`, linked: found.linked } };
  const main = mainText(page);
  return { metadata: m, main: { ...main, note: `${main.note} (site rule ${rule.host} found no body)` } };
}

export function htmlArticle(html: string, declared: { url?: string }, now?: string): HtmlArticle {
  const notes: string[] = [];
  const page = parseLight(html);
  if (page.capped) notes.push('html: nesting too deep, inner tags ignored');
  const generic = chooseMetadata(page.signals, declared, now);
  const rule = siteRuleFor([declared.url, generic.url, page.signals.canonical]);
  const { metadata, main } = rule ? applyRule(page, html, rule, generic, now) : { metadata: generic, main: mainText(page) };
  notes.push(`text: ${main.note}`);

  // Bodies keep captions, share bars and "read more" lines that sit inside the article element.
  const joined = main.blocks.join('\n\n');
  const chrome = keepUnlinkedLists(joined, removeChrome(joined), main.linked);
  const summary = describeRemoved(chrome.removed);
  if (summary) notes.push(summary);
  const paragraphs = chrome.text.split('\n\n').flatMap((b) => b.split('\n')).map(normalizeInline).filter(Boolean);
  // The headline is the article's title, not its first paragraph.
  if (metadata.title && paragraphs.length > 1 && same(paragraphs[0] ?? '', metadata.title)) paragraphs.shift();
  return { metadata, paragraphs, notes };
}
