// Who may talk to the server: loopback binding by default; any other address needs a token that
// every request carries. Host-header and same-origin checks keep other web pages (DNS rebinding,
// cross-site forms) from driving a local server through the user's browser.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export class BindingRefused extends Error {}

export const TOKEN_COOKIE = 'corroborate_token';
export const CSRF_COOKIE = 'corroborate_csrf';

/** True for names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * The token the server will demand, or null for none. Refuses a non-loopback address without a
 * token: anyone who can reach the port could read the collection and make the server fetch URLs.
 */
export function checkBinding(host: string, token: string | undefined): string | null {
  const t = token?.trim() ? token.trim() : null;
  if (!isLoopbackHost(host) && t === null) {
    throw new BindingRefused(
      `refusing to listen on ${host} without a token: anyone who can reach it could read the collection and add to it. ` +
        'Give --token <secret> (or set CORROBORATE_TOKEN), or keep the default --host 127.0.0.1',
    );
  }
  if (t !== null && t.length < 8) throw new BindingRefused('--token must be at least 8 characters long');
  return t;
}

/** Compares secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** The token a request carries: `Authorization: Bearer`, else the cookie set from `?token=`. */
export function presentedToken(authorization: string | undefined, cookie: string | undefined): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (bearer) return bearer[1]!;
  return cookie ?? null;
}

/**
 * On a loopback binding, only loopback Host headers are served: a page on another site whose name
 * was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
export function hostAllowed(hostHeader: string | undefined, boundToLoopback: boolean): boolean {
  if (!boundToLoopback) return true;
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.replace(/:\d+$/, '');
  return isLoopbackHost(name);
}

/**
 * A state-changing request must come from this origin: browsers send Origin (or Sec-Fetch-Site)
 * on cross-site POSTs, and a request without either is not from a browser page.
 */
export function sameOrigin(headers: { origin?: string; secFetchSite?: string; host?: string }, requestUrl: string): boolean {
  if (headers.secFetchSite && !['same-origin', 'none'].includes(headers.secFetchSite)) return false;
  if (headers.origin === undefined) return true;
  if (headers.origin === 'null') return false;
  try {
    const origin = new URL(headers.origin);
    const self = new URL(requestUrl);
    return origin.protocol === self.protocol && origin.host === (headers.host ?? self.host);
  } catch {
    return false;
  }
}
