// Applies a site rule: body blocks minus dropped ones from the light block tree, and the metadata fields the
// rule names from every element of the page (inline ones too, see inline.ts). Anything the rule's selectors
// do not find is left to the generic path.
import { textOf } from '../html-content.js';
import type { Block } from '../html-tree.js';
import { selectFields } from './inline.js';
import type { SiteRule } from './rule.js';
import { matchesAny, parseFieldSelectors, parseSelectors, type Selector } from './selector.js';

export interface SiteResult {
  /** Paragraph texts of the body, or null when the body selectors matched nothing with text. */
  paragraphs: string[] | null;
  title: string | null;
  /** Raw byline texts, for the author cleaner. */
  bylines: string[];
  /** Raw date text or attribute value, for the date normaliser. */
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

/** The rule's title, authors and date selectors, read in one pass over the page; skipped when it names none. */
function metadataFields(html: string, rule: SiteRule): { title: string | null; bylines: string[]; date: string | null } {
  const lists = [rule.title, rule.authors, rule.date];
  if (lists.every((l) => !l || l.length === 0)) return { title: null, bylines: [], date: null };
  const [title, bylines, date] = selectFields(html, lists.map((l) => (l ? parseFieldSelectors(l) : [])));
  return { title: title?.[0] ?? null, bylines: bylines ?? [], date: date?.[0] ?? null };
}

export function applySiteRule(blocks: readonly Block[], rule: SiteRule, html: string): SiteResult {
  const pick = (list: readonly string[] | undefined): Block[] => (list && list.length > 0 ? outermost(blocks, parseSelectors(list)) : []);
  const drop = new Set(pick(rule.drop));
  const body = pick(rule.body).filter((b) => !drop.has(b));
  // The rule's drop list replaces the generic cleaning: it knows what sits inside this site's body.
  const linked = new Set<string>();
  const paragraphs = body.flatMap((b) => textOf(b, drop, false, undefined, linked));
  return { paragraphs: paragraphs.length > 0 ? paragraphs : null, ...metadataFields(html, rule), linked };
}
