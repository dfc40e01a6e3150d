// A local news site for the watch tests: an RSS feed (ETag + Last-Modified), an Atom feed
// (Last-Modified only), article pages, and feeds that can be made to fail. It honours
// If-None-Match and If-Modified-Since and records every request.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Item {
  path: string;
  title: string;
  published: string;
  paragraphs: string[];
}

interface Feed {
  kind: 'rss' | 'atom';
  items: Item[];
  /** Bumped on every change: Last-Modified is derived from it. */
  version: number;
  etag: boolean;
}

export interface RequestRecord {
  path: string;
  status: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

const SEEDS = new URL('../../examples/security-guarantees/', import.meta.url);

/** The first paragraphs of a seed text, for realistic article bodies (page chrome left out). */
export function seedParagraphs(file: string, skip: number, take: number): string[] {
  return readFileSync(new URL(file, SEEDS), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 80)
    .slice(skip, skip + take);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pageHtml(item: Item): string {
  return `<!doctype html><html lang="en"><head><title>${escape(item.title)}</title>
<meta property="article:published_time" content="${item.published}"></head>
<body><nav>Home | World | Sport</nav><article><h1>${escape(item.title)}</h1>
${item.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article><footer>© Test News</footer></body></html>`;
}

export class FeedSite {
  readonly requests: RequestRecord[] = [];
  /** Paths answered with this status instead of their content. */
  readonly failing = new Map<string, number>();
  private readonly feeds = new Map<string, Feed>();
  private readonly pages = new Map<string, Item>();
  private base = '';
  private readonly server = createServer((req, res) => this.handle(req, res));

  static async start(): Promise<FeedSite> {
    const site = new FeedSite();
    await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
    site.base = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
    return site;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  /** Publishes a feed at `path` (RSS with ETag and Last-Modified, Atom with Last-Modified only). */
  feed(path: string, kind: 'rss' | 'atom', items: Item[]): void {
    this.feeds.set(path, { kind, items: [...items], version: 1, etag: kind === 'rss' });
    for (const item of items) this.pages.set(item.path, item);
  }

  /** A new item at the top of a feed; the feed's validators change. */
  publish(feedPath: string, item: Item): void {
    const feed = this.feeds.get(feedPath)!;
    feed.items.unshift(item);
    feed.version++;
    this.pages.set(item.path, item);
  }

  count(path: string, filter: (r: RequestRecord) => boolean = () => true): number {
    return this.requests.filter((r) => r.path === path && filter(r)).length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private body(feed: Feed): string {
    const b = this.base;
    if (feed.kind === 'rss') {
      return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${b}/</link><language>en</language>
${feed.items.map((i) => `<item><title>${escape(i.title)}</title><link>${b}${i.path}</link><pubDate>${new Date(i.published).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
    }
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Digest</title><id>${b}/atom.xml</id><updated>2022-02-18T00:00:00Z</updated>
${feed.items.map((i) => `<entry><title>${escape(i.title)}</title><id>${b}${i.path}</id><link rel="alternate" type="text/html" href="${b}${i.path}"/><published>${i.published}</published><updated>${i.published}</updated></entry>`).join('\n')}
</feed>`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    const record: RequestRecord = {
      path,
      status: 200,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      ifModifiedSince: req.headers['if-modified-since'] ?? null,
    };
    this.requests.push(record);
    const reply = (status: number, headers: Record<string, string>, body = ''): void => {
      record.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };
    const failure = this.failing.get(path);
    if (failure) return reply(failure, { 'content-type': 'text/plain' }, 'server error');
    const feed = this.feeds.get(path);
    if (feed) {
      const body = this.body(feed);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      // Whole seconds, as HTTP dates have: version n was last modified n minutes into 2022-02-18.
      const lastModified = new Date(Date.UTC(2022, 1, 18, 0, feed.version)).toUTCString();
      const headers: Record<string, string> = {
        'content-type': feed.kind === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
        'last-modified': lastModified,
      };
      if (feed.etag) headers.etag = etag;
      // RFC 9110: If-None-Match wins; If-Modified-Since only counts without it.
      const notModified = record.ifNoneMatch !== null
        ? feed.etag && record.ifNoneMatch.split(',').some((tag) => tag.trim() === etag)
        : record.ifModifiedSince !== null && Date.parse(record.ifModifiedSince) >= Date.parse(lastModified);
      if (notModified) return reply(304, feed.etag ? { etag, 'last-modified': lastModified } : { 'last-modified': lastModified });
      return reply(200, headers, body);
    }
    const item = this.pages.get(path);
    if (item) return reply(200, { 'content-type': 'text/html; charset=utf-8' }, pageHtml(item));
    return reply(404, { 'content-type': 'text/plain' }, 'not found');
  }
}
