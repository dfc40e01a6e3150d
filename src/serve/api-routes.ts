// The JSON API: the same data as the pages, errors as {error} with a matching status.
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext } from './app.js';
import { BadInput, describeIssues, documentsFromPosted, postedArticle, TargetRefused } from './adding.js';
import { STORY_SORTS, type SearchQuery, type StorySort } from './collection.js';
import { openApiDocument } from './openapi.js';

export function apiError(c: Context, status: ContentfulStatusCode, message: string, extra: Record<string, unknown> = {}): Response {
  return c.json({ error: message, ...extra }, status);
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Search parameters from a query string, or a message saying which one is wrong. */
export function searchQueryOf(c: Context): SearchQuery | string {
  const get = (k: string) => c.req.query(k)?.trim() || undefined;
  const q: SearchQuery = { q: get('q'), since: get('since'), outlet: get('outlet'), actor: get('actor') };
  if (q.since !== undefined && (!DATE.test(q.since) || Number.isNaN(Date.parse(q.since)))) return `since must be a date like 2022-02-17, not "${q.since}"`;
  const limit = get('limit');
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 100) return `limit must be a whole number from 1 to 100, not "${limit}"`;
    q.limit = n;
  }
  return q;
}

export function sortOf(value: string | undefined): StorySort | null {
  if (value === undefined || value === '') return 'newest';
  return (STORY_SORTS as readonly string[]).includes(value) ? (value as StorySort) : null;
}

export function apiRoutes(app: Hono, ctx: AppContext): void {
  const { collection } = ctx;

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(ctx.toolVersion)));

  app.get('/api/stories', async (c) => {
    const sort = sortOf(c.req.query('sort'));
    if (!sort) return apiError(c, 400, `sort must be one of ${STORY_SORTS.join(', ')}`);
    return c.json({ stories: await collection.stories(sort) });
  });

  app.get('/api/stories/:id', async (c) => {
    const analysis = await collection.story(c.req.param('id'));
    if (!analysis) return apiError(c, 404, `no story "${c.req.param('id')}"`);
    return c.json(analysis.dossier);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const versions = await collection.store.versions(id);
    if (versions.length === 0) return apiError(c, 404, `no article "${id}"`);
    const wanted = c.req.query('version');
    const stored = wanted === undefined ? versions[versions.length - 1]! : versions.find((v) => String(v.version) === wanted);
    if (!stored) return apiError(c, 404, `article "${id}" has no version "${wanted}"`);
    const stories = (await collection.storiesOf(id)).map((s) => ({ id: s.id, title: s.title }));
    return c.json({
      ...stored,
      versions: versions.map((v) => ({ version: v.version, addedAt: v.addedAt, contentHash: v.contentHash })),
      stories,
    });
  });

  app.get('/api/actors/:id', async (c) => {
    const actor = await collection.actor(c.req.param('id'));
    if (!actor) return apiError(c, 404, `no article mentions actor "${c.req.param('id')}"`);
    return c.json(actor);
  });

  app.get('/api/search', async (c) => {
    const query = searchQueryOf(c);
    if (typeof query === 'string') return apiError(c, 400, query);
    if (!query.q && !query.actor) return apiError(c, 400, 'give q (words to search for), actor (an actor id), or both');
    return c.json({ hits: await collection.search(query) });
  });

  app.post('/api/articles', async (c) => {
    // JSON only: a cross-site page cannot send it without a CORS preflight, which is never granted.
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return apiError(c, 415, 'send the article as application/json');
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return apiError(c, 400, 'the body is not valid JSON');
    }
    const parsed = postedArticle.safeParse(raw);
    if (!parsed.success) return apiError(c, 400, `expected {url} or {text|html, title?, published?, outlet?, url?}: ${describeIssues(parsed.error)}`);
    let gathered;
    try {
      gathered = await documentsFromPosted(parsed.data, ctx.policy);
    } catch (error) {
      if (error instanceof TargetRefused) return apiError(c, 403, error.message);
      if (error instanceof BadInput) return apiError(c, 400, error.message);
      throw error;
    }
    const outcome = await collection.add(gathered.documents, gathered.problems);
    if (outcome.articles.length === 0) {
      return apiError(c, 422, outcome.problems.map((p) => p.message).join('; ') || 'nothing to add', { problems: outcome.problems });
    }
    return c.json(outcome, 201);
  });
}
