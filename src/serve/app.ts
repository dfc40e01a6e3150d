// The HTTP application: security middleware (headers, Host check, token, same-origin and CSRF
// checks on POST), the HTML pages and the JSON API, over one Collection.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { contentSecurityPolicy } from '../render/csp.js';
import { REPORT_SCRIPT } from '../render/html-assets.js';
import { renderHtml } from '../render/index.js';
import { StoreError, type Store } from '../store/index.js';
import { CSRF_COOKIE, hostAllowed, newSecret, presentedToken, sameOrigin, sameSecret, TOKEN_COOKIE } from './access.js';
import { apiRoutes, apiError } from './api-routes.js';
import { Collection } from './collection.js';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './adding.js';
import { APP_CSS } from './pages/assets.js';
import { errorPage } from './pages/layout.js';
import { pageRoutes } from './page-routes.js';

export interface AppOptions {
  store: Store;
  /** Demanded on every request when set. */
  token: string | null;
  /** The address the server listens on is loopback: only loopback Host headers are served. */
  loopback: boolean;
  fetchPolicy?: Partial<FetchPolicy>;
  toolVersion: string;
  /** Largest request body (uploads), in bytes; default 20 MB. */
  maxBodyBytes?: number;
}

export interface AppContext {
  collection: Collection;
  policy: FetchPolicy;
  toolVersion: string;
}

/** The UI's own policy: nothing inline, nothing from elsewhere, no framing. */
export const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The self-contained report keeps its own policy (inline styles, its one hashed script), unframable. */
export const REPORT_CSP = `${contentSecurityPolicy(REPORT_SCRIPT)}; frame-ancestors 'none'`;

const isApi = (c: Context) => c.req.path.startsWith('/api/');

function failure(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 421 | 500, message: string): Response {
  if (isApi(c)) return apiError(c, status, message);
  return c.html(errorPage(status, message), status);
}

/** The session's CSRF token, set as a cookie the first time a page needs it. */
export function csrfToken(c: Context): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[\w-]{16,}$/.test(existing)) return existing;
  const fresh = newSecret();
  setCookie(c, CSRF_COOKIE, fresh, { httpOnly: true, sameSite: 'Strict', path: '/' });
  return fresh;
}

export function csrfValid(c: Context, submitted: unknown): boolean {
  const cookie = getCookie(c, CSRF_COOKIE);
  return typeof submitted === 'string' && !!cookie && sameSecret(submitted, cookie);
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const ctx: AppContext = {
    collection: new Collection(options.store, options.toolVersion),
    policy: { ...DEFAULT_FETCH_POLICY, ...options.fetchPolicy },
    toolVersion: options.toolVersion,
  };
  const maxBody = options.maxBodyBytes ?? 20 * 1024 * 1024;

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own form posts.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', PAGE_CSP);
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.use('*', async (c, next) => {
    if (!hostAllowed(c.req.header('host'), options.loopback)) {
      return failure(c, 421, 'this server answers only to localhost, 127.0.0.1 or [::1]');
    }
    const token = options.token;
    if (token !== null) {
      const url = new URL(c.req.url);
      const fromQuery = url.searchParams.get('token');
      if (fromQuery !== null && c.req.method === 'GET' && sameSecret(fromQuery, token)) {
        // Trade the token in the address for a cookie, and drop it from the address bar and history.
        setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
        url.searchParams.delete('token');
        return c.redirect(`${url.pathname}${url.search}`, 303);
      }
      const given = presentedToken(c.req.header('authorization'), getCookie(c, TOKEN_COOKIE));
      if (given === null || !sameSecret(given, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="corroborate"');
        return failure(c, 401, 'this server needs its token: open it once with ?token=<token>, or send Authorization: Bearer <token>');
      }
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const ok = sameOrigin({ origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site'), host: c.req.header('host') }, c.req.url);
      if (!ok) return failure(c, 403, 'cross-site requests are refused');
    }
    return next();
  });

  app.use(
    '*',
    bodyLimit({ maxSize: maxBody, onError: (c) => failure(c, 413, `request body is over the ${maxBody}-byte limit`) }),
  );

  app.get('/assets/app.css', (c) => {
    c.header('Cache-Control', 'max-age=300');
    return c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  apiRoutes(app, ctx);
  pageRoutes(app, ctx);

  app.get('/stories/:id/report', async (c) => {
    const analysis = await ctx.collection.story(c.req.param('id'));
    if (!analysis) return failure(c, 404, `no story "${c.req.param('id')}"`);
    c.header('Content-Security-Policy', REPORT_CSP);
    return c.html(renderHtml(analysis.dossier));
  });

  app.notFound((c) => failure(c, 404, `nothing at ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof StoreError) return failure(c, 400, error.message);
    console.error(`corroborate serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return failure(c, 500, 'the server failed on this request; see its log');
  });
  return app;
}
