// HTML page → main text blocks and metadata.
import { parseDocument } from './dom.js';
import { blocksOf } from './html-blocks.js';
import { bodyBlocks, densestBlock, readabilityBlocks } from './html-main-text.js';
import { chooseMetadata, type HtmlMetadata } from './html-metadata.js';
import { readSignals } from './html-signals.js';
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

export function htmlArticle(html: string, declared: { url?: string }, now?: string): HtmlArticle {
  const notes: string[] = [];
  const parsed = parseDocument(html);
  if (parsed.flattened) notes.push('html: nesting too deep, inner tags ignored');
  // Metadata first: Readability rewrites the document it reads.
  const metadata = chooseMetadata(readSignals(parsed.document), declared, now);

  let blocks = readabilityBlocks(parsed.document);
  let method = 'readability';
  if (!blocks) {
    const fresh = parseDocument(html).document;
    const dense = densestBlock(fresh);
    blocks = dense ? blocksOf(dense) : bodyBlocks(fresh);
    method = dense ? 'densest block' : 'page body';
  }
  notes.push(`text: ${method}`);

  // Readability keeps captions, share bars and "read more" lines that sit inside the article element.
  const chrome = removeChrome(blocks.join('\n\n'));
  const summary = describeRemoved(chrome.removed);
  if (summary) notes.push(summary);
  const paragraphs = chrome.text.split('\n\n').flatMap((b) => b.split('\n')).map(normalizeInline).filter(Boolean);
  // The headline is the article's title, not its first paragraph.
  if (metadata.title && paragraphs.length > 1 && same(paragraphs[0] ?? '', metadata.title)) paragraphs.shift();
  return { metadata, paragraphs, notes };
}
