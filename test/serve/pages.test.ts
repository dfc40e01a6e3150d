// The HTML pages over HTTP: escaping of hostile text, the add form with its CSRF token, uploads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightText } from '../../src/serve/highlight.js';
import { snippetMarkup } from '../../src/serve/pages/layout.js';
import { postJson, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const page = async (path: string, init?: RequestInit) => {
  const res = await fetch(new URL(path, server.url), { redirect: 'manual', ...init });
  return { res, text: await res.text() };
};

/** The CSRF cookie and token a browser would get from the Add page. */
async function formSession(): Promise<{ cookie: string; csrf: string }> {
  const { res, text } = await page('/add');
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = /name="csrf" value="([^"]+)"/.exec(text)![1]!;
  return { cookie, csrf };
}

describe('pages', () => {
  it('escapes a hostile title and text everywhere', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await postJson(server.url, '/api/articles', {
      text: `NATO said on Monday that "${hostile}" was not acceptable. Russia's Foreign Ministry said the talks would go on.`,
      title: `Breaking ${hostile}`,
      outlet: `Outlet ${hostile}`,
      published: '2022-02-20',
    });
    expect(res.status).toBe(201);
    const { articles } = (await res.json()) as { articles: { id: string; story: string }[] };
    for (const path of ['/', `/stories/${articles[0]!.story}`, `/articles/${articles[0]!.id}`, '/search?q=acceptable', `/stories/${articles[0]!.story}/report`, '/actors/nato']) {
      const { res: r, text } = await page(path);
      expect(r.status, path).toBe(200);
      expect(text, path).not.toContain('<script>alert');
      expect(text, path).not.toContain('<img src=x');
      expect(text, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect((await page('/search?q=acceptable')).text).toMatch(/<mark>acceptable<\/mark>/);
  });

  it('adds pasted text through the form with the CSRF token, then redirects to the article', async () => {
    const { cookie, csrf } = await formSession();
    const form = new FormData();
    form.set('csrf', csrf);
    form.set('kind', 'text');
    form.set('title', 'Pasted report');
    form.set('published', '2022-02-21');
    form.set('text', 'The Kremlin said on Tuesday that it had received the reply. Officials in Washington declined to comment.');
    const { res } = await page('/add', { method: 'POST', body: form, headers: { cookie } });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/articles\/[0-9a-f]+\?added=added$/);
    const article = await page(location);
    expect(article.text).toContain('Pasted report');
    expect(article.text).toContain('class="notice ok"');
    expect(article.text).toMatch(/class="mention" href="\/actors\//);

    const forged = new FormData();
    forged.set('csrf', 'not-the-token-at-all');
    forged.set('kind', 'text');
    forged.set('text', 'x');
    expect((await page('/add', { method: 'POST', body: forged, headers: { cookie } })).res.status).toBe(403);
  });

  it('uploads files with their sidecars, and refuses feeds and unknown types', async () => {
    const { cookie, csrf } = await formSession();
    const form = new FormData();
    form.set('csrf', csrf);
    form.set('kind', 'files');
    form.append('files', new File(['Moscow said on 3 March 2022 that the talks in Geneva had ended. The ministry gave no reason.'], 'geneva.txt'));
    form.append('files', new File(['outlet: Test Wire\npublished: 2022-03-03\n'], 'geneva.meta.yaml'));
    form.append('files', new File(['<rss></rss>'], 'feed.rss'));
    form.append('files', new File(['MZ'], 'tool.exe'));
    const { res, text } = await page('/add', { method: 'POST', body: form, headers: { cookie } });
    expect(res.status).toBe(200);
    expect(text).toContain('feeds and sitemaps are read from their URL');
    expect(text).toContain('upload/tool.exe: unsupported file type');
    const id = /href="\/articles\/([0-9a-f]+)"/.exec(text)![1]!;
    const stored = (await (await fetch(new URL(`/api/articles/${id}`, server.url))).json()) as { article: { input: string; site: string; published: string } };
    expect(stored.article).toMatchObject({ input: 'upload/geneva.txt', site: 'Test Wire', published: '2022-03-03' });
  });

  it('refuses a private URL from the form and says why', async () => {
    const { cookie, csrf } = await formSession();
    const form = new FormData();
    form.set('csrf', csrf);
    form.set('kind', 'url');
    form.set('url', 'http://localhost:1/secret');
    const { res, text } = await page('/add', { method: 'POST', body: form, headers: { cookie } });
    expect(res.status).toBe(403);
    expect(text).toMatch(/private, loopback or link-local/);
  });

  it('answers unknown pages with a 404 page', async () => {
    for (const path of ['/stories/none', '/articles/none', '/actors/none', '/nowhere']) {
      const { res, text } = await page(path);
      expect(res.status, path).toBe(404);
      expect(text).toContain('Not found');
    }
  });
});

describe('markup helpers', () => {
  it('marks quotes, mentions and dates without breaking nesting', () => {
    const text = 'Ryabkov said "NATO must stop" on 17 February.';
    const markup = highlightText(
      text,
      {
        quotes: [{ source: null, cue: null, content: { start: 14, end: 28 }, speaker: 'ryabkov', direct: true }],
        mentions: [
          { start: 0, end: 7, actor: 'ryabkov' },
          { start: 14, end: 18, actor: 'nato' },
          { start: 10, end: 16, actor: 'crossing' },
        ],
        times: [{ start: 33, end: 44, text: '17 February', type: 'DATE', value: '2022-02-17' }],
      },
      { actorName: (a) => a.toUpperCase(), actorHref: (a) => `/actors/${a}` },
    ).value;
    expect(markup).toBe(
      '<a class="mention" href="/actors/ryabkov" title="RYABKOV">Ryabkov</a> said &quot;<span class="quote direct" title="quoted: RYABKOV"><a class="mention" href="/actors/nato" title="NATO">NATO</a> must stop</span>&quot; on <time class="when" title="2022-02-17">17 February</time>.',
    );
  });

  it('turns snippet marks into <mark> and escapes the rest', () => {
    expect(snippetMarkup('a [b] <c> [d').value).toBe('a <mark>b</mark> &lt;c&gt; [d');
  });
});
