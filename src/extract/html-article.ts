// HTML page → main text blocks and metadata, from one streaming pass (html-tree) and the block scoring
// in html-content; the kept text then goes through the line rules that catch chrome inside the body.
import { chooseContent, DEFAULT_CONTENT, textOf, type ContentOptions } from './html-content.js';
import { chooseMetadata, type HtmlMetadata } from './html-metadata.js';
import { parseLight, type LightPage } from './html-tree.js';
import { describeRemoved, removeChrome } from './text-chrome.js';
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

const PASSES: { options: ContentOptions; note: string }[] = [
  { options: DEFAULT_CONTENT, note: 'scored blocks' },
  { options: { stripUnlikely: false, weighClasses: true, clean: true }, note: 'scored blocks (furniture classes kept)' },
  { options: { stripUnlikely: false, weighClasses: false, clean: false }, note: 'scored blocks (no class hints, no cleaning)' },
];

function mainText(page: LightPage): { blocks: string[]; note: string } {
  let best: { blocks: string[]; note: string; chars: number } | null = null;
  for (const pass of PASSES) {
    const chosen = chooseContent(page.blocks, pass.options);
    if (!chosen) continue;
    const blocks = chosen.blocks.flatMap((b) => textOf(b, chosen.excluded, pass.options.clean, pass.options));
    const chars = blocks.reduce((n, b) => n + b.length, 0);
    // A looser pass replaces a short result only when it finds much more: short articles exist.
    if (!best || chars > best.chars * 2) best = { blocks, note: pass.note, chars };
    if (chars >= MIN_CHARS) break;
  }
  if (best && best.chars > 0) return best;
  return { blocks: textOf(page.root, new Set(), false), note: 'page body' };
}

export function htmlArticle(html: string, declared: { url?: string }, now?: string): HtmlArticle {
  const notes: string[] = [];
  const page = parseLight(html);
  if (page.capped) notes.push('html: nesting too deep, inner tags ignored');
  const metadata = chooseMetadata(page.signals, declared, now);
  const main = mainText(page);
  notes.push(`text: ${main.note}`);

  // Bodies keep captions, share bars and "read more" lines that sit inside the article element.
  const chrome = removeChrome(main.blocks.join('\n\n'));
  const summary = describeRemoved(chrome.removed);
  if (summary) notes.push(summary);
  const paragraphs = chrome.text.split('\n\n').flatMap((b) => b.split('\n')).map(normalizeInline).filter(Boolean);
  // The headline is the article's title, not its first paragraph.
  if (metadata.title && paragraphs.length > 1 && same(paragraphs[0] ?? '', metadata.title)) paragraphs.shift();
  return { metadata, paragraphs, notes };
}
