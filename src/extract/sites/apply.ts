// Applies a site rule to the light block tree: body blocks minus dropped ones, and the metadata fields
// the rule names. Anything the rule's selectors do not find is left to the generic path.
import { textOf } from '../html-content.js';
import type { Block } from '../html-tree.js';
import { normalizeInline } from '../whitespace.js';
import type { SiteRule } from './rule.js';
import { matchesAny, parseSelectors, type Selector } from './selector.js';

export interface SiteResult {
  /** Paragraph texts of the body, or null when the body selectors matched nothing with text. */
  paragraphs: string[] | null;
  title: string | null;
  /** Raw byline texts, for the author cleaner. */
  bylines: string[];
  /** Raw date text, for the date normaliser. */
  date: string | null;
  /** Body lines that were link text in the page. */
  linked: Set<string>;
}

/** Matching blocks in document order, leaving out those inside another match. */
function outermost(blocks: readonly Block[], sels: readonly Selector[]): Block[] {
  const found = new Set<Block>();
  const out: Block[] = [];
  for (const b of blocks) {
    let inside = false;
    for (let x = b.parent; x; x = x.parent) {
      if (found.has(x)) {
        inside = true;
        break;
      }
    }
    if (!inside && matchesAny(b, sels)) {
      found.add(b);
      out.push(b);
    }
  }
  return out;
}

function textOfBlock(b: Block): string {
  return normalizeInline(textOf(b, new Set(), false).join(' '));
}

export function applySiteRule(blocks: readonly Block[], rule: SiteRule): SiteResult {
  const pick = (list: readonly string[] | undefined): Block[] => (list && list.length > 0 ? outermost(blocks, parseSelectors(list)) : []);
  const drop = new Set(pick(rule.drop));
  const body = pick(rule.body).filter((b) => !drop.has(b));
  // The rule's drop list replaces the generic cleaning: it knows what sits inside this site's body.
  const linked = new Set<string>();
  const paragraphs = body.flatMap((b) => textOf(b, drop, false, undefined, linked));
  const first = (list: readonly string[] | undefined): string | null => {
    for (const b of pick(list)) {
      const t = textOfBlock(b);
      if (t) return t;
    }
    return null;
  };
  return {
    paragraphs: paragraphs.length > 0 ? paragraphs : null,
    title: first(rule.title),
    bylines: pick(rule.authors).map(textOfBlock).filter(Boolean),
    date: first(rule.date),
    linked,
  };
}
