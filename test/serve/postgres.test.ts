// A quick subset of the API against a PostgreSQL store (a throwaway server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePostgres } from '../store/postgres-server.js';
import { exampleBodies, postJson, startTestServer, type TestServer } from './helpers.js';

const postgres = usePostgres();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ target: await postgres().createDatabase('serve') });
}, 60_000);
afterAll(async () => server?.close());

describe('serve over PostgreSQL', () => {
  it('adds, lists, shows and searches', async () => {
    const ids: string[] = [];
    for (const body of exampleBodies()) {
      const res = await postJson(server.url, '/api/articles', body);
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { articles: { id: string }[] }).articles[0]!.id);
    }
    const { stories } = (await (await fetch(new URL('/api/stories?sort=largest', server.url))).json()) as { stories: { id: string; articles: number }[] };
    expect(stories.map((s) => s.articles)).toEqual([2]);
    const story = await fetch(new URL(`/stories/${stories[0]!.id}`, server.url));
    expect(story.status).toBe(200);
    expect(await story.text()).toContain('Single-outlet claims');
    const { hits } = (await (await fetch(new URL('/api/search?q=guarantees&outlet=RT', server.url))).json()) as { hits: { id: string }[] };
    expect(hits.map((h) => h.id)).toEqual([ids[1]]);
  });
});
