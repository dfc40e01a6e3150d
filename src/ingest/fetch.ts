// One URL → its bytes, over node:http(s) so every hop is under our control: connect and total
// timeouts, a byte cap enforced while streaming, redirects followed by hand (each hop checked),
// an optional guard on the address actually connected to, and decompression.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { TargetRefused, assertPublicTarget, isPublicAddress } from './address.js';
import { ContentEncodingError, decodeContentEncoding } from './content-encoding.js';
import { parseContentType } from './content-type.js';

export class FetchError extends Error {}

export interface FetchOptions {
  /** Whole fetch, all redirects included, in ms (default 30 000). */
  timeoutMs?: number;
  /** Establishing each TCP connection, in ms (default 10 000). */
  connectTimeoutMs?: number;
  /** Largest body, before and after decompression, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Refuse hosts that are or resolve to private, loopback or link-local addresses. */
  publicOnly?: boolean;
  /** Called before every hop (the first URL and each redirect target); throw to refuse it. */
  checkTarget?: (url: URL) => void | Promise<void>;
  /** Called just before each request goes out (robots.txt and per-host delay live here). */
  beforeRequest?: (url: URL) => Promise<void>;
  accept?: string;
  /** Extra request headers sent on every hop (e.g. If-None-Match for a conditional GET). */
  headers?: Record<string, string>;
}

export interface FetchedResource {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  /** Lower-case media type, or null. */
  mime: string | null;
  /** Charset from the Content-Type header, or null. */
  charset: string | null;
  /** Decompressed body. */
  body: Buffer;
  /** Every URL visited before the final one. */
  redirects: string[];
  /** Response headers of the final hop (lower-case names), e.g. etag and last-modified. */
  headers: http.IncomingHttpHeaders;
}

function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
}

export const USER_AGENT = `corroborate/${toolVersion()} (+offline news analysis)`;
/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'corroborate';

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that refuses non-public answers: the check applies to the address really used. */
function publicLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(new TargetRefused(`refused: ${hostname} resolves to ${bad.address}, a private, loopback or link-local address`), []);
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): Error {
  if (error instanceof FetchError || error instanceof TargetRefused) return error;
  switch (error.code) {
    case 'ENOTFOUND': case 'EAI_AGAIN': return new FetchError(`host ${url.hostname} not found`);
    case 'ECONNREFUSED': return new FetchError(`connection refused by ${url.host}`);
    case 'ECONNRESET': return new FetchError(`connection reset by ${url.host}`);
    case 'EHOSTUNREACH': case 'ENETUNREACH': return new FetchError(`${url.host} is unreachable`);
    default:
      if (error.code && /CERT|SSL|TLS/.test(error.code)) return new FetchError(`TLS error with ${url.host} (${error.code})`);
      return new FetchError(`request failed (${error.message})`);
  }
}

interface Resolved {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  userAgent: string;
  publicOnly: boolean;
  accept: string;
  headers: Record<string, string>;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function requestOnce(url: URL, o: Resolved, deadline: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError(`timed out after ${seconds(o.timeoutMs)}`));
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const totalTimer = setTimeout(() => fail(new FetchError(`timed out after ${seconds(o.timeoutMs)}`)), remaining);
    const finish = () => {
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
    };
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      agent: false, // a fresh socket per request, so the connect timeout always applies
      headers: { ...o.headers, 'user-agent': o.userAgent, accept: o.accept, 'accept-encoding': 'gzip, deflate, br' },
      ...(o.publicOnly ? { lookup: publicLookup as unknown as typeof dnsLookup } : {}),
    });
    function fail(error: Error) {
      if (settled) return;
      finish();
      req.destroy();
      reject(error);
    }
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => fail(new FetchError(`could not connect to ${url.host} within ${seconds(o.connectTimeoutMs)}`)), o.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) => fail(describeNetworkError(error, url)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        finish();
        res.resume();
        req.destroy();
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (declared > o.maxBytes) return fail(new FetchError(`is ${declared} bytes, over the ${o.maxBytes}-byte limit`));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > o.maxBytes) fail(new FetchError(`is over the ${o.maxBytes}-byte limit (stopped reading)`));
        else chunks.push(chunk);
      });
      res.on('error', (error) => fail(describeNetworkError(error, url)));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) return fail(new FetchError(`connection closed before the whole body arrived`));
        finish();
        try {
          resolve({ status, headers: res.headers, body: decodeContentEncoding(Buffer.concat(chunks), res.headers['content-encoding'], o.maxBytes) });
        } catch (error) {
          reject(error instanceof ContentEncodingError ? new FetchError(error.message) : error);
        }
      });
    });
    req.end();
  });
}

/** Fetch a URL, following redirects by hand. Any final status is returned; network failures throw. */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const o: Resolved = {
    timeoutMs: options.timeoutMs ?? 30_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    userAgent: options.userAgent ?? USER_AGENT,
    publicOnly: options.publicOnly ?? false,
    accept: options.accept ?? ACCEPT,
    headers: options.headers ?? {},
  };
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = Date.now() + o.timeoutMs;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError('is not a valid URL');
  }
  const visited: string[] = [];
  for (;;) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`${url.protocol} URLs are not fetched (only http and https)`);
    if (url.username || url.password) throw new FetchError('URLs with credentials are not fetched');
    url.hash = '';
    if (o.publicOnly) await assertPublicTarget(url);
    await options.checkTarget?.(url);
    await options.beforeRequest?.(url);
    const response = await requestOnce(url, o, deadline);
    const location = response.status >= 300 && response.status < 400 ? response.headers.location : undefined;
    if (!location) {
      const { mime, charset } = parseContentType(response.headers['content-type']);
      return { url: url.href, status: response.status, mime, charset, body: response.body, redirects: visited, headers: response.headers };
    }
    visited.push(url.href);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new FetchError(`redirects to an invalid URL "${location}"`);
    }
    next.hash = '';
    if (visited.includes(next.href)) throw new FetchError(`redirect loop: ${[...visited, next.href].join(' → ')}`);
    if (visited.length > maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects (${visited.join(' → ')} → …)`);
    url = next;
  }
}

/** A short reason for a non-success status. */
export function statusProblem(status: number): string {
  const text = http.STATUS_CODES[status];
  return `HTTP ${status}${text ? ` ${text}` : ''}`;
}
