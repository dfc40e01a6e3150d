// Who may use the server: binding rules, the token, Host and origin checks.
import { describe, expect, it } from 'vitest';
import { BindingRefused, checkBinding, hostAllowed, isLoopbackHost, sameOrigin } from '../../src/serve/access.js';
import { createApp } from '../../src/serve/app.js';
import { startServer } from '../../src/serve/server.js';
import type { Store } from '../../src/store/index.js';

// The token check runs before any route touches the store.
const noStore = {} as Store;

describe('binding', () => {
  it('tells loopback from other addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', 'app.localhost']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.org', '128.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('refuses a non-loopback address without a token', async () => {
    expect(() => checkBinding('0.0.0.0', undefined)).toThrow(BindingRefused);
    expect(() => checkBinding('0.0.0.0', '  ')).toThrow(/--token/);
    expect(() => checkBinding('0.0.0.0', 'short')).toThrow(/at least 8/);
    expect(checkBinding('0.0.0.0', 'a-long-secret')).toBe('a-long-secret');
    expect(checkBinding('127.0.0.1', undefined)).toBeNull();
    // startServer refuses before it binds anything.
    await expect(startServer({ store: noStore, host: '0.0.0.0', port: 0, toolVersion: 'test' })).rejects.toThrow(/refusing to listen on 0.0.0.0 without a token/);
  });
});

describe('token', () => {
  const app = createApp({ store: noStore, token: 'correct-horse', loopback: false, toolVersion: 'test' });

  it('refuses requests without it, as JSON on the API and HTML elsewhere', async () => {
    const api = await app.request('http://host/api/stories');
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await api.json()) as { error: string }).error).toMatch(/token/);
    const page = await app.request('http://host/');
    expect(page.status).toBe(401);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect((await app.request('http://host/api/openapi.json', { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    expect((await app.request('http://host/assets/app.css?token=wrong')).status).toBe(401);
  });

  it('accepts a bearer token', async () => {
    const res = await app.request('http://host/api/openapi.json', { headers: { authorization: 'Bearer correct-horse' } });
    expect(res.status).toBe(200);
  });

  it('trades ?token= for a cookie and drops it from the address', async () => {
    const res = await app.request('http://host/assets/app.css?token=correct-horse&x=1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/assets/app.css?x=1');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/corroborate_token=correct-horse/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const next = await app.request('http://host/assets/app.css', { headers: { cookie: cookie.split(';')[0]! } });
    expect(next.status).toBe(200);
  });
});

describe('same origin', () => {
  it('accepts same-origin and origin-less requests, refuses others', () => {
    expect(sameOrigin({ origin: 'http://127.0.0.1:4173', host: '127.0.0.1:4173' }, 'http://127.0.0.1:4173/add')).toBe(true);
    expect(sameOrigin({}, 'http://127.0.0.1:4173/add')).toBe(true);
    expect(sameOrigin({ origin: 'http://evil.example', host: '127.0.0.1:4173' }, 'http://127.0.0.1:4173/add')).toBe(false);
    expect(sameOrigin({ origin: 'null' }, 'http://127.0.0.1:4173/add')).toBe(false);
    expect(sameOrigin({ secFetchSite: 'cross-site' }, 'http://127.0.0.1:4173/add')).toBe(false);
    expect(sameOrigin({ origin: 'http://127.0.0.1:9999', host: '127.0.0.1:4173' }, 'http://127.0.0.1:4173/add')).toBe(false);
  });

  it('serves loopback Host names only on a loopback binding', () => {
    expect(hostAllowed('localhost:4173', true)).toBe(true);
    expect(hostAllowed('[::1]:4173', true)).toBe(true);
    expect(hostAllowed('rebound.example:4173', true)).toBe(false);
    expect(hostAllowed(undefined, true)).toBe(false);
    expect(hostAllowed('news.example.org', false)).toBe(true);
  });
});
