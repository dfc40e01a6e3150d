// Page titles carry the outlet's name ("Headline | Site", "Site - Headline"); this removes it.
import { decodeHTML } from 'entities';
import { dateLine } from './text-dates.js';
import { normalizeInline } from './whitespace.js';

const SEPARATORS = [' | ', ' — ', ' – ', ' - ', ' :: ', ' · ', ' • ', ' / ', ' « ', ' » '];

function key(s: string): string {
  return s.toLowerCase().replace(/^www\./, '').replace(/\.(com|org|net|ru|de|fr|co\.uk|uk|info|io|news)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a title part; "&" and other lone symbols are not words ("Python, SQL & AI" is three). */
function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
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
  // Some CMSs escape twice: "SQL &#x26; AI" is "SQL & AI", and the "&" must not count as a word below.
  const title = normalizeInline(/&(?:#x?[\da-f]+|[a-z]+);/i.test(raw) ? decodeHTML(raw) : raw);
  // "davidbau.com Vibe Coding": a host name before the headline needs no separator to be told apart.
  const lower = title.toLowerCase();
  for (const host of context.sites) {
    const h = host.toLowerCase().replace(/^www\./, '');
    if (/^[\w-]+(?:\.[\w-]+)+$/.test(h) && lower.startsWith(`${h} `) && /^[\p{L}\p{N}]/u.test(title.slice(h.length + 1)) && words(title) > 2) return { title: title.slice(h.length + 1).trim(), site: title.slice(0, h.length) };
  }
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

// UTF-8 read as Windows-1252 or Latin-1 ("Investorâ\u0080\u0099s"): a lead byte U+00C2–U+00F4 and its
// continuation bytes U+0080–U+00BF (or their Windows-1252 forms).
const MOJIBAKE = /[\u00c2-\u00f4](?:[\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2039\u203a\u20ac\u2122]){1,3}/g;
const CP1252: Record<string, number> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87, '\u02c6': 0x88,
  '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017d': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93,
  '\u201d': 0x94, '\u2022': 0x95, '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b, '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
};
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Each run of mis-decoded UTF-8 decoded again; a run that is not valid UTF-8 is left as it is. */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4]/.test(s)) return s;
  return s.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map((c) => CP1252[c] ?? c.charCodeAt(0));
    try {
      return UTF8.decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}

// What a template runs into the h1 after the headline: a dateline, a byline, a linked source and comment count.
const H1_TRAILER = /^(?:(?:posted|published|updated|written)\b|by\s+\p{Lu}|\([^()\s]+\.[a-z]{2,}\)\s*\d*$)/iu;
// A section label before it: "Blog:", "Title:", "Case study:".
const H1_LABEL = /^\p{L}+(?:\s\p{L}+)?\s*:$/u;

/**
 * The declared title when the h1 is that title with a dateline, byline or section label run into it by the
 * template ("Headline Posted on July 1, 2024 by infuy", "Blog: Headline"), else the h1.
 */
export function withoutHeadlineExtras(h1: string, declared: string | null): string {
  const d = declared ? normalizeInline(declared) : '';
  if (d.split(' ').length < 2 || h1.length <= d.length) return h1;
  if (h1.startsWith(d)) {
    const rest = h1.slice(d.length).trim();
    if (H1_TRAILER.test(rest) || dateLine(rest) !== null) return d;
  }
  if (h1.endsWith(d) && H1_LABEL.test(h1.slice(0, h1.length - d.length).trim())) return d;
  return h1;
}
