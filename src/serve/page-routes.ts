// The HTML pages. Every string from the collection reaches the page through the escaping template.
import type { Context, Hono } from 'hono';
import type { AppContext } from './app.js';
import { csrfToken, csrfValid } from './app.js';
import { BadInput, documentFromPosted, documentsFromUploads, documentsFromUrl, TargetRefused, type Gathered } from './adding.js';
import { searchQueryOf, sortOf } from './api-routes.js';
import type { AddOutcome } from './collection.js';
import { actorPage } from './pages/actor.js';
import { addPage, addResultPage } from './pages/add.js';
import { articlePage } from './pages/article.js';
import { errorPage } from './pages/layout.js';
import { searchPage } from './pages/search.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';

const STATUS_WORDS: Record<string, string> = { added: 'Added', updated: 'Added as a new version', unchanged: 'Already in the collection, unchanged' };

/** Where to send the browser after an add: the article, the story, or a page listing what happened. */
function afterAdd(c: Context, outcome: AddOutcome): Response {
  const [first] = outcome.articles;
  if (outcome.problems.length === 0 && first) {
    if (outcome.articles.length === 1) return c.redirect(`/articles/${encodeURIComponent(first.id)}?added=${first.status}`, 303);
    const stories = new Set(outcome.articles.map((a) => a.story));
    if (stories.size === 1 && first.story) return c.redirect(`/stories/${encodeURIComponent(first.story)}`, 303);
  }
  return c.html(addResultPage(outcome), outcome.articles.length ? 200 : 422);
}

export function pageRoutes(app: Hono, ctx: AppContext): void {
  const { collection } = ctx;

  app.get('/', async (c) => {
    const sort = sortOf(c.req.query('sort')) ?? 'newest';
    const stories = await collection.stories(sort);
    const articles = (await collection.store.articles()).length;
    return c.html(storiesPage(stories, sort, articles));
  });

  app.get('/stories/:id', async (c) => {
    const analysis = await collection.story(c.req.param('id'));
    if (!analysis) return c.html(errorPage(404, `no story "${c.req.param('id')}"`), 404);
    return c.html(storyPage(analysis));
  });

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const versions = await collection.store.versions(id);
    if (versions.length === 0) return c.html(errorPage(404, `no article "${id}"`), 404);
    const wanted = c.req.query('version');
    const stored = wanted === undefined ? versions[versions.length - 1]! : versions.find((v) => String(v.version) === wanted);
    if (!stored) return c.html(errorPage(404, `article "${id}" has no version "${wanted}"`), 404);
    const added = c.req.query('added');
    const notice = added && STATUS_WORDS[added] ? STATUS_WORDS[added] : undefined;
    return c.html(articlePage(stored, versions, await collection.storiesOf(id), versions[versions.length - 1]!.version, notice));
  });

  app.get('/actors/:id', async (c) => {
    const actor = await collection.actor(c.req.param('id'));
    if (!actor) return c.html(errorPage(404, `no article mentions actor "${c.req.param('id')}"`), 404);
    return c.html(actorPage(actor));
  });

  app.get('/search', async (c) => {
    const query = searchQueryOf(c);
    if (typeof query === 'string') return c.html(searchPage({}, null, query), 400);
    if (!query.q && !query.actor) return c.html(searchPage(query, null));
    try {
      return c.html(searchPage(query, await collection.search(query)));
    } catch (error) {
      return c.html(searchPage(query, null, `cannot search for that: ${(error as Error).message}`), 400);
    }
  });

  app.get('/add', (c) => c.html(addPage(csrfToken(c), ctx.policy.allowPrivate)));

  app.post('/add', async (c) => {
    const form = await c.req.parseBody({ all: true });
    if (!csrfValid(c, form.csrf)) return c.html(errorPage(403, 'the form expired or came from another site; reload the Add page and try again'), 403);
    const again = (status: 400 | 403 | 422, message: string) => c.html(addPage(csrfToken(c), ctx.policy.allowPrivate, message), status);
    let gathered: Gathered;
    try {
      if (form.kind === 'url') {
        if (typeof form.url !== 'string' || !form.url.trim()) return again(400, 'give a URL');
        gathered = await documentsFromUrl(form.url, ctx.policy);
      } else if (form.kind === 'files') {
        const files = [form.files].flat().filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && f.size > 0);
        gathered = await documentsFromUploads(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))), ctx.policy);
      } else if (form.kind === 'text') {
        const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
        if (!field('text')) return again(400, 'paste the article text');
        const published = field('published');
        if (published && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))) return again(400, `published must be a date like 2022-02-17`);
        gathered = { documents: [documentFromPosted({ text: field('text'), title: field('title') || undefined, published: published || undefined, outlet: field('outlet') || undefined })], problems: [] };
      } else {
        return again(400, 'unknown form');
      }
    } catch (error) {
      if (error instanceof TargetRefused) return again(403, error.message);
      if (error instanceof BadInput) return again(400, error.message);
      throw error;
    }
    return afterAdd(c, await collection.add(gathered.documents, gathered.problems));
  });
}
