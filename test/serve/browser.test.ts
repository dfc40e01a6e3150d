// The web UI in a real browser (Chromium via playwright-core): upload the example through the
// form, open its story, search, open an actor page; screenshots go to test-artifacts/serve/.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, EXAMPLE_FILES, startTestServer, type TestServer } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve('test-artifacts/serve');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
let server: TestServer;
let page: Page;
const problems: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) to run the browser tests`);
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startTestServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) foreign.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

describe('web UI', () => {
  it('starts empty and invites adding', async () => {
    await page.goto(server.url);
    await expect(page.locator('.empty').textContent()).resolves.toContain('No stories yet');
    await shot('empty');
  });

  it('uploads the example through the form and lands on its story', async () => {
    await page.goto(new URL('/add', server.url).href);
    await shot('add');
    const upload = page.locator('form', { has: page.locator('input[name="files"]') });
    await upload.locator('input[name="files"]').setInputFiles(EXAMPLE_FILES.map((f) => join(EXAMPLE_DIR, f)));
    await Promise.all([page.waitForURL(/\/stories\/[^/]+$/, { timeout: 30_000 }), upload.locator('button[type="submit"]').click()]);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/security guarantees/i);
    const rows = page.locator('#articles + .scroll tbody tr');
    expect(await rows.count()).toBe(2);
    await shot('story');
  });

  it('opens the full report of the story', async () => {
    await page.locator('a.button', { hasText: 'Full report' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Dossier/);
    await shot('report');
    await page.goBack();
  });

  it('opens an article with its marks', async () => {
    await page.locator('#articles + .scroll tbody a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('.text .mention').count()).toBeGreaterThan(3);
    expect(await page.locator('.text .quote').count()).toBeGreaterThan(0);
    await shot('article');
  });

  it('searches from the bar', async () => {
    await page.locator('#bar-q').fill('Normandy format');
    await Promise.all([page.waitForURL(/\/search\?/), page.locator('header form button').click()]);
    expect(await page.locator('ol.results li').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.results mark').count()).toBeGreaterThan(0);
    await shot('search');
  });

  it('opens an actor page from a story and lists its positions', async () => {
    await page.goto(server.url);
    await page.locator('.cards a').first().click();
    await page.waitForLoadState('load');
    await page.locator('#actors + .chips a').first().click();
    await page.waitForLoadState('load');
    await expect(page.locator('h2', { hasText: 'Positions over time' }).count()).resolves.toBe(1);
    expect(await page.locator('h2:has-text("Articles") + ul li').count()).toBeGreaterThan(0);
    await shot('actor');
  });

  it('sorts by most contested', async () => {
    await page.goto(new URL('/?sort=contested', server.url).href);
    await expect(page.locator('.tabs a[aria-current="true"]').textContent()).resolves.toBe('Most contested');
    await shot('stories-contested');
  });

  it('logged no console errors and loaded nothing from elsewhere', () => {
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
