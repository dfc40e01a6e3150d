// Reads every metadata signal a page carries into plain data, so the choosing rules never touch the DOM.
import { attr, type DomDocument, type DomElement } from './dom.js';
import { normalizeInline } from './whitespace.js';

export interface TimeSignal {
  datetime: string;
  /** `itemprop` or class hint: "datePublished", "dateModified", "pubdate", "updated"… */
  hint: string;
}

export interface PageSignals {
  /** Meta tags by lower-cased `property` / `name` / `itemprop`, values in document order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  h1: string | null;
  times: TimeSignal[];
  /** Visible byline texts: rel=author links, itemprop=author, .byline/.author elements. */
  bylines: string[];
}

const BYLINE_SELECTOR = '[rel=author], [itemprop=author], .byline, .author, .author-name, .byline-name, [class*=byline]';

function all(doc: DomDocument, selector: string): DomElement[] {
  return Array.from(doc.querySelectorAll(selector));
}

export function readSignals(doc: DomDocument): PageSignals {
  const meta = new Map<string, string[]>();
  for (const el of all(doc, 'meta')) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').trim().toLowerCase();
    const value = attr(el, 'content') ?? attr(el, 'datetime');
    if (!key || value == null || !value.trim()) continue;
    const list = meta.get(key) ?? [];
    list.push(normalizeInline(value));
    meta.set(key, list);
  }
  const jsonLd = all(doc, 'script[type="application/ld+json"]').map((s) => s.textContent ?? '');
  const canonical = attr(doc.querySelector('link[rel~=canonical]'), 'href');
  const htmlLang = attr(doc.documentElement, 'lang') ?? attr(doc.documentElement, 'xml:lang');
  const titleEl = doc.querySelector('title');
  const h1 = doc.querySelector('h1');
  const times: TimeSignal[] = [];
  for (const t of all(doc, 'time[datetime], [itemprop=datePublished], [itemprop=dateModified]')) {
    const datetime = attr(t, 'datetime') ?? attr(t, 'content') ?? '';
    if (!datetime.trim()) continue;
    const hint = [attr(t, 'itemprop'), t.hasAttribute('pubdate') ? 'pubdate' : null, attr(t, 'class'), attr(t.parentNode as DomElement, 'class')]
      .filter(Boolean)
      .join(' ');
    times.push({ datetime: datetime.trim(), hint });
  }
  const bylines: string[] = [];
  for (const el of all(doc, BYLINE_SELECTOR)) {
    if (el.tagName.toLowerCase() === 'meta' || el.tagName.toLowerCase() === 'link') continue;
    const t = normalizeInline(el.textContent ?? '');
    if (t && t.length <= 200 && !bylines.includes(t)) bylines.push(t);
  }
  return {
    meta,
    jsonLd,
    canonical: canonical?.trim() || null,
    htmlLang: htmlLang?.trim() || null,
    titleTag: titleEl ? normalizeInline(titleEl.textContent ?? '') || null : null,
    h1: h1 ? normalizeInline(h1.textContent ?? '') || null : null,
    times,
    bylines,
  };
}

/** First value of the first key present. */
export function firstMeta(signals: PageSignals, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = signals.meta.get(key)?.[0];
    if (v) return { key, value: v };
  }
  return null;
}
