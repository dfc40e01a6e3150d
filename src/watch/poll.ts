// One poll of one feed: a conditional GET, then only the items the store does not hold yet are
// fetched, read and added.
import type { IncomingHttpHeaders } from 'node:http';
import { statusProblem } from '../ingest/fetch.js';
import { listingItems, parseListing, type WebSession } from '../ingest/web.js';
import type { LinkedArticle, Listing } from '../ingest/listing.js';
import { decodeXmlBytes } from '../ingest/xml-text.js';
import { analyzeDocuments } from '../pipeline/index.js';
import type { AddResult, FeedState, Store } from '../store/index.js';
import type { BackoffPolicy } from './backoff.js';
import { afterFailure, afterSuccess } from './schedule.js';

export interface PollReport {
  feed: string;
  /** ok: the feed was read; not-modified: it answered 304; failed: it could not be read; waiting: backing off, not polled. */
  status: 'ok' | 'not-modified' | 'failed' | 'waiting';
  /** Items with a link that the store did not hold, and those it did. */
  new: number;
  known: number;
  /** New items left for a later poll (over --max-links, or the watch was stopped). */
  deferred: number;
  /** Articles stored by this poll, and new items that could not be read. */
  articles: { input: string; id: string; status: AddResult['status'] }[];
  problems: number;
  error: string | null;
  failures: number;
  nextPoll: string | null;
}

export interface PollContext {
  store: Store;
  session: WebSession;
  /** Most new items fetched per poll. */
  maxLinks: number;
  intervalMs: number;
  backoff: BackoffPolicy;
  now: () => number;
  random: () => number;
  /** Checked between articles: a stop finishes the current article, then the poll ends. */
  signal?: AbortSignal;
  /** An item that could not be fetched or read. */
  onProblem?: (message: string) => void;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The URL an item's article is stored under: fetching drops the fragment, so the lookup does too. */
function identityOf(article: LinkedArticle): string | null {
  if (!article.url) return null;
  const url = new URL(article.url);
  url.hash = '';
  return url.href;
}

type Fetched = { kind: 'not-modified'; etag: string | null; lastModified: string | null } | { kind: 'listing'; listing: Listing; etag: string | null; lastModified: string | null };

async function fetchFeed(url: string, previous: FeedState | undefined, session: WebSession): Promise<Fetched> {
  const conditional: Record<string, string> = {};
  if (previous?.etag) conditional['if-none-match'] = previous.etag;
  if (previous?.lastModified) conditional['if-modified-since'] = previous.lastModified;
  const res = await session.fetch(url, conditional);
  // A 304 may omit the validators; the ones sent still describe the feed.
  const etag = header(res.headers, 'etag') ?? previous?.etag ?? null;
  const lastModified = header(res.headers, 'last-modified') ?? previous?.lastModified ?? null;
  if (res.status === 304) return { kind: 'not-modified', etag, lastModified };
  if (res.status < 200 || res.status >= 300) throw new Error(statusProblem(res.status));
  const listing = parseListing(decodeXmlBytes(res.body, res.charset), res.url);
  return { kind: 'listing', listing, etag: header(res.headers, 'etag'), lastModified: header(res.headers, 'last-modified') };
}

/** Polls `url` once; returns what happened and the feed's next state (not yet saved). */
export async function pollFeed(url: string, previous: FeedState | undefined, ctx: PollContext): Promise<{ report: PollReport; state: FeedState }> {
  const report: PollReport = { feed: url, status: 'ok', new: 0, known: 0, deferred: 0, articles: [], problems: 0, error: null, failures: 0, nextPoll: null };
  let fetched: Fetched;
  try {
    fetched = await fetchFeed(url, previous, ctx.session);
  } catch (error) {
    const state = afterFailure(url, previous, describe(error), ctx.now(), ctx.backoff, ctx.random);
    return { report: { ...report, status: 'failed', error: state.lastError, failures: state.failures, nextPoll: state.nextPoll }, state };
  }
  if (fetched.kind === 'not-modified') {
    const state = afterSuccess(url, fetched, ctx.now(), ctx.intervalMs);
    return { report: { ...report, status: 'not-modified', nextPoll: state.nextPoll }, state };
  }

  // Sitemap indexes name sitemaps, not articles; they are followed by `add`, not watched.
  const linked = fetched.listing.articles;
  const byIdentity = new Map<string, LinkedArticle>();
  for (const article of linked) {
    const identity = identityOf(article);
    if (identity && !byIdentity.has(identity)) byIdentity.set(identity, { ...article, url: identity });
  }
  const known = await ctx.store.knownIdentities([...byIdentity.keys()]);
  const fresh = [...byIdentity.entries()].filter(([identity]) => !known.has(identity)).map(([, article]) => article);
  report.known = known.size;
  report.new = fresh.length;
  const taken = fresh.slice(0, ctx.maxLinks);
  report.deferred = fresh.length - taken.length;

  let read = 0;
  const items = taken.length > 0 ? listingItems(url, { ...fetched.listing, articles: taken }, ctx.session) : [];
  for await (const item of items) {
    read++;
    if (!('content' in item)) {
      report.problems++;
      ctx.onProblem?.(item.message);
    } else {
      const { analyzed, problems } = analyzeDocuments([item]);
      for (const problem of problems) {
        report.problems++;
        ctx.onProblem?.(problem.message);
      }
      for (const { article, reading } of analyzed) {
        const result = await ctx.store.addArticle(article, reading);
        report.articles.push({ input: article.input, id: result.id, status: result.status });
      }
    }
    if (ctx.signal?.aborted) break;
  }
  report.deferred += taken.length - read;

  // New validators only when every new item was handled: otherwise the next poll must get the
  // whole feed again (a 304 would hide the items left over or that failed).
  const complete = report.deferred === 0 && report.problems === 0;
  const validators = complete
    ? { etag: fetched.etag, lastModified: fetched.lastModified }
    : { etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null };
  const state = afterSuccess(url, validators, ctx.now(), ctx.intervalMs);
  return { report: { ...report, nextPoll: state.nextPoll }, state };
}
