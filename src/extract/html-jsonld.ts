// schema.org JSON-LD blocks: the article object's headline, authors, dates, publisher and URL.
import { decodeHTML } from 'entities';

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  /** The authors typed Organization (a newsroom or brand, not a person's byline). */
  organizationAuthors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one script body; tolerates HTML comment/CDATA wrappers and trailing commas that CMSs emit. */
export function parseJsonLdBlock(raw: string): Json | null {
  const body = raw.replace(/^\s*(<!--|<!\[CDATA\[)/, '').replace(/(-->|\]\]>)\s*$/, '').trim();
  if (!body) return null;
  for (const candidate of [body, body.replace(/,\s*([}\]])/g, '$1')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return null;
}

/** All objects in a JSON-LD value, walking arrays and `@graph`, iteratively. */
function objectsIn(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [root];
  let budget = 10_000; // a hostile block cannot make this unbounded
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (v === undefined) break;
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      out.push(v);
      const graph = v['@graph'];
      if (graph !== undefined) stack.push(graph);
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** CMSs often HTML-escape strings inside JSON-LD ("O&#39;Neill"); script text is not entity-decoded by parsers. */
function clean(s: string): string {
  return (s.includes('&') ? decodeHTML(s) : s).trim();
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['name'] ?? v['@value'] ?? v['@id'] ?? v['url']);
  return null;
}

/** Author names; `{"@id": …}` references are resolved against the block's other objects (Yoast graphs). */
function names(v: Json | undefined, byId: ReadonlyMap<string, JsonObject>, onlyOrganizations = false): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const raw of list) {
    const ref = isObject(raw) && raw['name'] === undefined && typeof raw['@id'] === 'string' ? byId.get(raw['@id']) : undefined;
    const item = ref ?? raw;
    if (onlyOrganizations && !(isObject(item) && types(item).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t)))) continue;
    if (typeof item === 'string') out.push(item);
    else if (isObject(item)) {
      const n = item['name'];
      if (typeof n === 'string') out.push(n);
      else if (Array.isArray(n)) out.push(...n.filter((x): x is string => typeof x === 'string'));
    }
  }
  return out.map(clean).filter(Boolean);
}

function url(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (isObject(v)) return url(v['@id'] ?? v['url']);
  if (Array.isArray(v)) return url(v[0]);
  return null;
}

/** The first article-typed object across the page's JSON-LD blocks, or null. */
export function articleFromJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  for (const raw of blocks) {
    const root = parseJsonLdBlock(raw);
    if (root === null) continue;
    const objects = objectsIn(root);
    const byId = new Map<string, JsonObject>();
    for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
    for (const o of objects) {
      const type = types(o).find((t) => ARTICLE_TYPES.test(t));
      if (!type) continue;
      return {
        type,
        headline: text(o['headline']) ?? text(o['name']),
        authors: names(o['author'] ?? o['creator'], byId),
        organizationAuthors: names(o['author'] ?? o['creator'], byId, true),
        datePublished: text(o['datePublished']) ?? text(o['dateCreated']),
        dateModified: text(o['dateModified']),
        publisher: text(o['publisher']),
        url: url(o['url']) ?? url(o['mainEntityOfPage']),
        language: text(o['inLanguage']),
      };
    }
  }
  return null;
}

/**
 * The publication date of a page whose JSON-LD has no article object but states `datePublished` on
 * another one (Yoast puts it on the WebPage), or null.
 */
export function pageDatePublished(blocks: readonly string[]): string | null {
  for (const raw of blocks) {
    const root = parseJsonLdBlock(raw);
    if (root === null) continue;
    for (const o of objectsIn(root)) {
      if (!types(o).some((t) => /^(?:WebPage|ItemPage|AboutPage|CollectionPage|MedicalWebPage|QAPage|FAQPage|Blog)$/.test(t))) continue;
      const d = text(o['datePublished']);
      if (d) return d;
    }
  }
  return null;
}
