// The JSON API against a real server on 127.0.0.1 with a temporary SQLite store.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { openApiDocument } from '../../src/serve/openapi.js';
import { exampleBodies, postJson, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let added: { id: string; story: string | null; status: string }[];

beforeAll(async () => {
  server = await startTestServer();
  added = [];
  for (const body of exampleBodies()) {
    const res = await postJson(server.url, '/api/articles', body);
    expect(res.status).toBe(201);
    const json = (await res.json()) as { articles: { id: string; story: string | null; status: string }[] };
    added.push(...json.articles);
  }
});
afterAll(async () => server?.close());

const get = async (path: string) => {
  const res = await fetch(new URL(path, server.url));
  return { res, json: (await res.json()) as Record<string, unknown> };
};

describe('JSON API', () => {
  it('stores both example articles in one story', async () => {
    expect(added.map((a) => a.status)).toEqual(['added', 'added']);
    expect(added[0]!.story).not.toBeNull();
    expect(added[1]!.story).toBe(added[0]!.story);
    const { json } = await get('/api/stories?sort=contested');
    const stories = json.stories as { id: string; articles: number; outlets: string[]; contest: { singleOutletClaims: number; claims: number } }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toBe(2);
    expect(stories[0]!.outlets.sort()).toEqual(['RT', 'Scraped aggregator']);
    expect(stories[0]!.contest.singleOutletClaims).toBeGreaterThan(0);
    expect(stories[0]!.contest.singleOutletClaims).toBeLessThan(stories[0]!.contest.claims);
  });

  it('re-posting the same text changes nothing', async () => {
    const res = await postJson(server.url, '/api/articles', exampleBodies()[1]);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { articles: { status: string }[] }).articles[0]!.status).toBe('unchanged');
  });

  it('serves the story dossier, the article and an actor', async () => {
    const story = await get(`/api/stories/${added[0]!.story}`);
    expect(story.res.status).toBe(200);
    const dossier = story.json as { schemaVersion: string; stories: { articles: string[]; actors: { id: string; positions: unknown[] }[] }[] };
    expect(dossier.schemaVersion).toBe('1.0');
    expect(dossier.stories[0]!.articles).toHaveLength(2);

    const article = await get(`/api/articles/${added[1]!.id}`);
    expect(article.res.status).toBe(200);
    expect((article.json.article as { site: string }).site).toBe('RT');
    expect(article.json.versions).toHaveLength(1);
    expect((article.json.stories as { id: string }[])[0]!.id).toBe(added[0]!.story);

    // The actor the story mentions most, looked up across the collection.
    const actors = [...dossier.stories[0]!.actors].sort((a, b) => b.positions.length - a.positions.length);
    const actor = await get(`/api/actors/${encodeURIComponent(actors[0]!.id)}`);
    expect(actor.res.status).toBe(200);
    expect(actor.json.id).toBe(actors[0]!.id);
    expect((actor.json.articles as unknown[]).length).toBeGreaterThan(0);
    expect((actor.json.positions as unknown[]).length).toBe(actors[0]!.positions.length);
  });

  it('searches by words, date, outlet and actor', async () => {
    const words = await get('/api/search?q=Normandy');
    expect((words.json.hits as unknown[]).length).toBeGreaterThan(0);
    const rt = await get('/api/search?q=guarantees&outlet=rt');
    expect((rt.json.hits as { id: string }[]).map((h) => h.id)).toEqual([added[1]!.id]);
    const later = await get('/api/search?q=guarantees&since=2023-01-01');
    expect(later.json.hits).toEqual([]);
    const byActor = await get('/api/search?actor=nato');
    const both = (byActor.json.hits as { id: string }[]).map((h) => h.id).sort();
    expect(both).toEqual(added.map((a) => a.id).sort());
    const none = await get('/api/search?actor=no-such-actor&q=guarantees');
    expect(none.json.hits).toEqual([]);
  });

  it('answers errors as JSON with the right status', async () => {
    expect((await get('/api/stories/nope')).res.status).toBe(404);
    expect((await get('/api/articles/nope')).json).toEqual({ error: 'no article "nope"' });
    expect((await get('/api/actors/nope')).res.status).toBe(404);
    expect((await get('/api/stories?sort=loudest')).res.status).toBe(400);
    expect((await get('/api/search?q=x&since=yesterday')).res.status).toBe(400);
    expect((await get('/api/search')).res.status).toBe(400);
    expect((await get('/api/nothing')).res.status).toBe(404);
    const bad = await postJson(server.url, '/api/articles', { text: 'x', html: '<p>x</p>' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/exactly one of "text" or "html"/);
    const plain = await fetch(new URL('/api/articles', server.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"text":"x"}' });
    expect(plain.status).toBe(415);
    const broken = await fetch(new URL('/api/articles', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
  });

  it('refuses cross-site POSTs', async () => {
    const res = await fetch(new URL('/api/articles', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ text: 'Someone said something.' }),
    });
    expect(res.status).toBe(403);
    const form = await fetch(new URL('/add', server.url), { method: 'POST', body: new URLSearchParams({ kind: 'text', text: 'Injected.' }) });
    expect(form.status).toBe(403); // no CSRF token
  });

  it('refuses to fetch private addresses by default', async () => {
    const res = await postJson(server.url, '/api/articles', { url: 'http://127.0.0.1:9/article.html' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/private, loopback or link-local/);
    const metadata = await postJson(server.url, '/api/articles', { url: 'http://169.254.169.254/latest/meta-data/' });
    expect(metadata.status).toBe(403);
    const file = await postJson(server.url, '/api/articles', { url: 'file:///etc/passwd' });
    expect(file.status).toBe(400);
  });

  it('sends security headers', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const report = await fetch(new URL(`/stories/${added[0]!.story}/report`, server.url));
    expect(report.status).toBe(200);
    expect(report.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[^']+'.*frame-ancestors 'none'/);
  });

  it('answers only loopback Host names', async () => {
    const app = createApp({ store: server.store, token: null, loopback: true, toolVersion: 'test' });
    expect((await app.request('http://127.0.0.1/api/stories', { headers: { host: 'attacker.example:4173' } })).status).toBe(421);
    expect((await app.request('http://127.0.0.1/api/stories', { headers: { host: 'localhost:4173' } })).status).toBe(200);
  });

  it('documents every API route in the OpenAPI document', async () => {
    const { json } = await get('/api/openapi.json');
    expect(json.openapi).toBe('3.1.0');
    const paths = json.paths as Record<string, Record<string, unknown>>;
    const app = createApp({ store: server.store, token: null, loopback: true, toolVersion: 'test' });
    const routes = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(paths[path], `${r.method} ${r.path}`).toBeDefined();
      expect(paths[path]![r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    }
    // And nothing documented that the router lacks.
    const routed = new Set(routes.map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    for (const [path, ops] of Object.entries(paths)) for (const op of Object.keys(ops)) expect(routed.has(`${op} ${path}`), `${op} ${path}`).toBe(true);
    expect(openApiDocument('x')).toEqual({ ...json, info: { ...(json.info as object), version: 'x' } });
  });
});

describe('fetching with --allow-private-fetch', () => {
  let origin: Server;
  let originUrl: string;
  let open: TestServer;
  beforeAll(async () => {
    origin = createServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/story.html' });
        res.end();
      } else if (req.url === '/story.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>Local test page</title><meta property="article:published_time" content="2022-02-18"></head><body><article><h1>Local test page</h1><p>The ministry said on Thursday that talks would continue in Geneva next week.</p><p>Officials in Brussels said they had received the letter.</p></article></body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', () => r()));
    originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
    open = await startTestServer({ allowPrivateFetch: true });
  });
  afterAll(async () => {
    await open?.close();
    origin?.close();
  });

  it('follows a redirect and stores the page under its final URL', async () => {
    const res = await postJson(open.url, '/api/articles', { url: `${originUrl}/old` });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { articles: { id: string; title: string }[] };
    expect(body.articles[0]!.title).toBe('Local test page');
    const article = await fetch(new URL(`/api/articles/${body.articles[0]!.id}`, open.url)).then((r) => r.json() as Promise<{ article: { url: string } }>);
    expect(article.article.url).toBe(`${originUrl}/story.html`);
  });

  it('reports a page that cannot be fetched as 422', async () => {
    const res = await postJson(open.url, '/api/articles', { url: `${originUrl}/missing` });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toMatch(/404/);
  });
});
