// Web inputs: a URL is fetched (robots.txt and per-host delay respected) and becomes a document,
// or, when it serves a feed or sitemap, the articles it lists are fetched in turn. Local feed and
// sitemap files are expanded the same way.
import { gunzipSync } from 'node:zlib';
import type { DeclaredMeta, InputProblem, SourceDocument } from '../types.js';
import { TargetRefused } from './address.js';
import { isFeedOrXmlType, isHtmlType, isTextType } from './content-type.js';
import { DecodeError, decodeBytes } from './decode.js';
import { parseFeedListing } from './feeds.js';
import { FetchError, ROBOTS_AGENT, fetchUrl, statusProblem, type FetchOptions, type FetchedResource } from './fetch.js';
import { ListingError, sniffListing, type LinkedArticle, type Listing } from './listing.js';
import { HostThrottle } from './politeness.js';
import { RobotsPolicy, RobotsRefusal } from './robots.js';
import { parseSitemap } from './sitemaps.js';
import { decodeXmlBytes } from './xml-text.js';

type Item = SourceDocument | InputProblem;

/** Options for web inputs; the CLI maps its flags onto these (see the ingest report). */
export interface WebOptions {
  /** Whole fetch of one URL, redirects included, in ms (default 30 000; `--timeout <s>`). */
  timeoutMs?: number;
  /** Each TCP connect, in ms (default 10 000). */
  connectTimeoutMs?: number;
  /** Largest response body in bytes, after decompression (default: ingest's maxBytes, else 10 MB; `--max-bytes`). */
  maxBytes?: number;
  /** Redirects followed per URL (default 5). */
  maxRedirects?: number;
  /** Obey robots.txt (default true; `--no-robots` sets false). */
  robots?: boolean;
  /** Refuse private, loopback and link-local targets (default false; the web UI sets true). */
  publicOnly?: boolean;
  /** Extra check on every URL about to be requested, redirect hops included; throw to refuse. */
  checkTarget?: (url: URL) => void | Promise<void>;
  /** Minimum gap between requests to one host, in ms (default 1000; robots.txt Crawl-delay can raise it). */
  hostDelayMs?: number;
  /** Most articles taken from one feed or sitemap (default 100). */
  maxLinks?: number;
  userAgent?: string;
}

const REFUSALS = [FetchError, TargetRefused, RobotsRefusal, ListingError, DecodeError];
const isKnown = (error: unknown): error is Error => REFUSALS.some((kind) => error instanceof kind);

/** One run's shared web state: robots.txt cache and per-host clock. */
export class WebSession {
  private readonly throttle: HostThrottle;
  private readonly robots: RobotsPolicy | null;
  private readonly fetchOptions: FetchOptions;
  readonly maxLinks: number;
  readonly maxBytes: number;

  constructor(options: WebOptions = {}, fallbackMaxBytes?: number) {
    this.throttle = new HostThrottle(options.hostDelayMs ?? 1000);
    this.maxLinks = options.maxLinks ?? 100;
    this.maxBytes = options.maxBytes ?? fallbackMaxBytes ?? 10 * 1024 * 1024;
    this.fetchOptions = {
      timeoutMs: options.timeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
      maxBytes: this.maxBytes,
      maxRedirects: options.maxRedirects,
      userAgent: options.userAgent,
      publicOnly: options.publicOnly,
      checkTarget: options.checkTarget,
    };
    this.robots = options.robots === false
      ? null
      : new RobotsPolicy(async (url) => {
        const res = await fetchUrl(url.href, { ...this.fetchOptions, maxBytes: 512 * 1024, beforeRequest: (u) => this.throttle.wait(u.host) });
        return { status: res.status, body: res.body.toString('utf8') };
      }, ROBOTS_AGENT);
  }

  /** Fetch a URL politely; throws FetchError, TargetRefused or RobotsRefusal. `headers` are extra request headers. */
  fetch(url: string, headers?: Record<string, string>): Promise<FetchedResource> {
    return fetchUrl(url, {
      ...this.fetchOptions,
      headers,
      beforeRequest: async (u) => {
        if (this.robots) {
          await this.robots.check(u);
          const crawlDelay = await this.robots.crawlDelayMs(u);
          if (crawlDelay !== null) this.throttle.setHostDelay(u.host, crawlDelay);
        }
        await this.throttle.wait(u.host);
      },
    });
  }
}

/** Parse a feed or sitemap text; `base` is its URL (null for a local file). */
export function parseListing(text: string, base: string | null): Listing {
  const kind = sniffListing(text);
  if (kind === 'sitemap') return parseSitemap(text, base);
  if (kind === 'feed') return parseFeedListing(text, base);
  throw new ListingError('is neither a feed (RSS, Atom, JSON Feed) nor a sitemap');
}

type Classified = { kind: 'html' | 'text'; content: string } | { kind: 'listing'; listing: Listing };

const GZIP_TYPES = new Set(['application/gzip', 'application/x-gzip', 'application/octet-stream']);

/** What a response is: a page (HTML or text) or a listing; throws when it is neither. */
function classify(res: FetchedResource, maxBytes: number): Classified {
  // Sitemaps are often served as bare .xml.gz files rather than with Content-Encoding.
  if (res.body[0] === 0x1f && res.body[1] === 0x8b && (res.mime === null || GZIP_TYPES.has(res.mime))) {
    let text: string;
    try {
      text = decodeXmlBytes(gunzipSync(res.body, { maxOutputLength: maxBytes }), null);
    } catch (error) {
      throw new ListingError(`is a gzip file that cannot be read as a feed or sitemap (${(error as Error).message})`);
    }
    return { kind: 'listing', listing: parseListing(text, res.url) };
  }
  if (isHtmlType(res.mime)) return { kind: 'html', content: decodeBytes(res.body, 'html', res.charset) };
  if (isTextType(res.mime)) return { kind: 'text', content: decodeBytes(res.body, 'text', res.charset) };
  if (res.mime === null || isFeedOrXmlType(res.mime) || res.mime.startsWith('text/')) {
    const text = decodeXmlBytes(res.body, res.charset);
    if (sniffListing(text)) return { kind: 'listing', listing: parseListing(text, res.url) };
    if (res.mime === null && /^\s*(<!doctype html|<html)/i.test(text)) return { kind: 'html', content: decodeBytes(res.body, 'html', null) };
    throw new ListingError(`serves ${res.mime ?? 'an untyped body'} that is neither a page, a feed nor a sitemap`);
  }
  throw new ListingError(`serves ${res.mime}, not HTML, text, a feed or a sitemap`);
}

function pageDocument(input: string, res: FetchedResource, page: { kind: 'html' | 'text'; content: string }, declared: DeclaredMeta): SourceDocument {
  return {
    input,
    origin: res.url,
    format: page.kind,
    content: page.content,
    meta: { ...declared, url: res.url, retrieved: new Date().toISOString() },
  };
}

async function fetchOk(session: WebSession, url: string): Promise<FetchedResource> {
  const res = await session.fetch(url);
  if (res.status < 200 || res.status >= 300) {
    throw new FetchError(`${statusProblem(res.status)}${res.redirects.length > 0 ? ` at ${res.url}` : ''}`);
  }
  return res;
}

/** One linked article: its page if it can be fetched, else the content its listing carries. */
async function linkedArticle(article: LinkedArticle, index: number, from: string, session: WebSession): Promise<Item> {
  if (!article.url) {
    const input = `${from}#item-${index + 1}`;
    if (!article.content) return { input, message: `${from}: item ${index + 1} has neither a link nor content` };
    return { input, origin: `${from} (item content)`, format: article.content.format, content: article.content.text, meta: article.meta };
  }
  let reason: string;
  try {
    const res = await fetchOk(session, article.url);
    const page = classify(res, session.maxBytes);
    if (page.kind !== 'listing') return pageDocument(article.url, res, page, article.meta);
    reason = 'links to another feed or sitemap, not an article';
  } catch (error) {
    if (!isKnown(error)) throw error;
    reason = error.message;
  }
  if (article.content) {
    return {
      input: article.url,
      origin: `${article.url} (content carried by ${from}; the page itself ${reason})`,
      format: article.content.format,
      content: article.content.text,
      meta: article.meta,
    };
  }
  return { input: article.url, message: `${article.url} (listed in ${from}): ${reason}` };
}

const MAX_INDEX_DEPTH = 2;

/** Every article a listing names, fetched in listing order; sitemap indexes are followed two levels deep. */
export async function* listingItems(from: string, listing: Listing, session: WebSession, depth = 0): AsyncGenerator<Item> {
  if (listing.kind === 'sitemapindex') {
    if (listing.sitemaps.length === 0) yield { input: from, message: `${from}: sitemap index lists no sitemaps` };
    if (depth >= MAX_INDEX_DEPTH) {
      yield { input: from, message: `${from}: sitemap indexes nested more than ${MAX_INDEX_DEPTH} deep are not followed` };
      return;
    }
    for (const child of listing.sitemaps) {
      try {
        const res = await fetchOk(session, child);
        const page = classify(res, session.maxBytes);
        if (page.kind !== 'listing') throw new ListingError('is not a sitemap');
        yield* listingItems(child, page.listing, session, depth + 1);
      } catch (error) {
        if (!isKnown(error)) throw error;
        yield { input: child, message: `${child} (listed in ${from}): ${error.message}` };
      }
    }
    return;
  }
  if (listing.articles.length === 0) {
    yield { input: from, message: `${from}: ${listing.kind === 'urlset' ? 'sitemap' : 'feed'} lists no articles` };
    return;
  }
  const seen = new Set<string>();
  const articles = listing.articles.filter((a) => !a.url || (!seen.has(a.url) && seen.add(a.url)));
  if (articles.length > session.maxLinks) {
    yield { input: from, message: `${from}: lists ${articles.length} articles; only the first ${session.maxLinks} are read (raise maxLinks for more)` };
  }
  for (const [i, article] of articles.slice(0, session.maxLinks).entries()) yield await linkedArticle(article, i, from, session);
}

/** A URL given as an input: a page, or a feed or sitemap whose articles are read. */
export async function* urlItems(input: string, session: WebSession): AsyncGenerator<Item> {
  let res: FetchedResource;
  let page: Classified;
  try {
    res = await fetchOk(session, input);
    page = classify(res, session.maxBytes);
  } catch (error) {
    if (!isKnown(error)) throw error;
    yield { input, message: `${input}: ${error.message}` };
    return;
  }
  if (page.kind === 'listing') yield* listingItems(input, page.listing, session);
  else yield pageDocument(input, res, page, {});
}

/** A local feed or sitemap file (already read and un-gzipped): its articles are fetched. */
export async function* listingFileItems(path: string, bytes: Uint8Array, session: WebSession): AsyncGenerator<Item> {
  let listing: Listing;
  try {
    listing = parseListing(decodeXmlBytes(bytes, null), null);
  } catch (error) {
    if (!isKnown(error)) throw error;
    yield { input: path, message: `${path}: ${error.message}` };
    return;
  }
  yield* listingItems(path, listing, session);
}
