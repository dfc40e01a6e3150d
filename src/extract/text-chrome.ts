// Removes page chrome from scraped text, line by line, and reports each removed line with its reason.
import { classifyLine, endsLikeSentence, wordCount, type ChromeReason } from './text-chrome-rules.js';

export interface RemovedLine {
  line: string;
  reason: ChromeReason;
}

export interface ChromeResult {
  /** The kept text: kept lines of a block joined by "\n", blocks by "\n\n". */
  text: string;
  removed: RemovedLine[];
}

/** A short, unpunctuated line: what the items of a "related" or "most read" list look like. */
function isListItem(t: string): boolean {
  return wordCount(t) <= 20 && !endsLikeSentence(t);
}

/** Reasons after which the following run of headline-like lines is a list of links, not body. */
const LIST_OPENERS = new Set<ChromeReason>(['related links', 'link list']);

export function removeChrome(text: string): ChromeResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const removed: RemovedLine[] = [];
  const blocks: string[][] = [[]];
  let inList = false;
  for (const raw of lines) {
    const t = raw.trim();
    if (!t) {
      if ((blocks[blocks.length - 1] ?? []).length > 0) blocks.push([]);
      continue;
    }
    let reason = classifyLine(t);
    if (!reason && inList && isListItem(t)) reason = 'link list';
    if (reason) {
      removed.push({ line: t, reason });
      if ((blocks[blocks.length - 1] ?? []).length > 0) blocks.push([]);
    } else {
      blocks[blocks.length - 1]?.push(t);
    }
    // A list opened by a "Related"/"You may also like" header runs until a body-like line.
    if (reason && LIST_OPENERS.has(reason)) inList = true;
    else if (!reason) inList = false;
  }
  const kept = blocks.filter((b) => b.length > 0).map((b) => b.join('\n'));
  const trailing = trailingLinkList(kept);
  for (const line of trailing.removed) removed.push({ line, reason: 'link list' });
  return { text: trailing.kept.join('\n\n'), removed };
}

/**
 * A run of at least three short, unpunctuated one-line blocks closing the text is a list of links
 * (headlines of other stories, tags) left over from the page's footer.
 */
function trailingLinkList(blocks: string[]): { kept: string[]; removed: string[] } {
  let start = blocks.length;
  while (start > 0) {
    const b = blocks[start - 1] ?? '';
    if (b.includes('\n') || !isListItem(b)) break;
    start--;
  }
  if (blocks.length - start < 3 || start === 0) return { kept: blocks, removed: [] };
  return { kept: blocks.slice(0, start), removed: blocks.slice(start) };
}

/** "removed 6 page-chrome lines: breadcrumb, byline, photo credit (2), …" */
export function describeRemoved(removed: readonly RemovedLine[]): string | null {
  if (removed.length === 0) return null;
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => (n > 1 ? `${reason} (${n})` : reason));
  return `removed ${removed.length} page-chrome line${removed.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
