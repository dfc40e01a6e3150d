// Page titles carry the outlet's name ("Headline | Site", "Site - Headline"); this removes it.
import { normalizeInline } from './whitespace.js';

const SEPARATORS = [' | ', ' — ', ' – ', ' - ', ' :: ', ' · ', ' • ', ' / ', ' « ', ' » '];

function key(s: string): string {
  return s.toLowerCase().replace(/^www\./, '').replace(/\.(com|org|net|ru|de|fr|co\.uk|uk|info|io|news)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** True when `part` names the site: equal to its name or host, ignoring case, spaces and punctuation. */
function namesSite(part: string, sites: readonly string[]): boolean {
  const k = key(part);
  if (!k) return false;
  return sites.some((s) => {
    const sk = key(s);
    return sk.length > 0 && (sk === k || (k.length >= 3 && (sk.startsWith(k) || k.startsWith(sk))));
  });
}

export interface TitleContext {
  /** Known names of the outlet (og:site_name, publisher, host). */
  sites: readonly string[];
  /** The page's <h1>, when it has one; a title part equal to it is the headline. */
  h1?: string | null;
}

/**
 * Removes a site prefix or suffix from a title. Strips only with evidence: the part names the site,
 * the other part equals the page's h1, or a pipe separates a long headline from a short trailer.
 */
export function cleanTitle(raw: string, context: TitleContext): string {
  return splitTitle(raw, context).title;
}

/** The headline and, when one was removed, the site part it carried. */
export function splitTitle(raw: string, context: TitleContext): { title: string; site: string | null } {
  const title = normalizeInline(raw);
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0) {
      const head = title.slice(0, at).trim();
      const tail = title.slice(at + sep.length).trim();
      if (head && tail) {
        if (namesSite(tail, context.sites)) return { title: cleanTitle(head, context), site: tail };
        if (context.h1 && key(head) === key(context.h1)) return { title: head, site: tail };
        if (sep === ' | ' && words(tail) <= 3 && words(head) >= 4) return { title: cleanTitle(head, context), site: tail };
      }
    }
    const first = title.indexOf(sep);
    if (first > 0) {
      const head = title.slice(0, first).trim();
      const rest = title.slice(first + sep.length).trim();
      if (head && rest) {
        if (namesSite(head, context.sites) && words(rest) >= 2) return { title: cleanTitle(rest, context), site: head };
        if (context.h1 && key(rest) === key(context.h1)) return { title: rest, site: head };
      }
    }
  }
  return { title, site: null };
}
