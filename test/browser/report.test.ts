// The HTML report in a real browser (Chromium via playwright-core), opened from file://
// as a reader would open it: charts, matrix, reuse links, filters, keyboard, print, and
// that nothing runs or loads that should not. One browser for the whole file.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { ingestAll } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline/index.js';
import { renderHtml } from '../../src/render/index.js';
import { hostileDossier, largeDossier, VECTORS } from '../render/dossiers.js';

// The callbacks passed to page.evaluate run in the page; the project's tsconfig has no DOM
// lib, so these module-scoped declarations type just what they use.
interface PageElement {
  id: string;
  tagName: string;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number };
  closest(selector: string): PageElement | null;
  clientWidth: number;
  scrollWidth: number;
}
declare const document: { activeElement: PageElement | null; documentElement: PageElement };
declare const window: { innerHeight: number; __xss?: number };
declare function getComputedStyle(el: PageElement): { outlineStyle: string; outlineWidth: string };

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve('test-artifacts');
const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

let browser: Browser;
let dir: string;
let example: Dossier;
let exampleUrl: string;

/** Everything a page did that a report must not do. */
interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

let shared: Page | null = null;
let watch: Watch = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };

/**
 * Opens a report in the one page this file uses (a new page per test costs more than the
 * test); the watch starts empty on every open.
 */
async function open(url: string, viewport = DESKTOP): Promise<{ page: Page; watch: Watch }> {
  if (!shared) {
    shared = await browser.newPage({ viewport });
    shared.on('request', (r) => watch.requests.push(r.url()));
    shared.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    });
    shared.on('pageerror', (e) => watch.pageErrors.push(e.message));
    shared.on('dialog', (d) => {
      watch.dialogs.push(d.message());
      void d.dismiss();
    });
  }
  const page = shared;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
  await page.goto('about:blank');
  watch = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch };
}

/** Only the document itself may be fetched; no errors of any kind. */
function expectQuiet(watch: Watch, url: string): void {
  expect(watch.requests).toEqual([url]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.dialogs).toEqual([]);
}

function writeReport(name: string, dossier: Dossier): string {
  const path = join(dir, `${name}.html`);
  writeFileSync(path, renderHtml(dossier));
  return pathToFileURL(path).href;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests need it (apt-get install chromium)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
  const [launched, input] = await Promise.all([
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
    ingestAll(['examples/security-guarantees']),
  ]);
  browser = launched;
  example = analyze(input.documents, input.problems, { toolVersion: 'test' });
  exampleUrl = writeReport('example', example);
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the example report in Chromium', () => {
  it('loads offline with no requests, errors or dialogs, and shows the story', async () => {
    const { page, watch } = await open(exampleUrl);
    expect(await page.title()).toMatch(/^Dossier: /);
    await expect.poll(() => page.locator('#s0-overview .figures > div').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(ARTIFACTS, 'example-desktop.png') });
    expectQuiet(watch, exampleUrl);
  });

  it('draws the timeline chart with a mark per dated entry', async () => {
    const { page, watch } = await open(exampleUrl);
    const chart = page.locator('#s0-timeline figure.chart svg');
    await expect.poll(() => chart.count()).toBe(1);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(50);
    const dots = await chart.locator('circle').count();
    expect(dots).toBeGreaterThan(0);
    expect(dots).toBeLessThanOrEqual(example.stories[0]!.timeline.length);
    // Every mark is inside the chart, i.e. Plot's scales placed it.
    const outside = await chart.evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('circle')].filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width === 0 || r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1;
      }).length;
    });
    expect(outside).toBe(0);
    await chart.screenshot({ path: join(ARTIFACTS, 'example-timeline-chart.png') });
    expectQuiet(watch, exampleUrl);
  });

  it('has a claim × outlet matrix with ✓ cells', async () => {
    const { page } = await open(exampleUrl);
    const story = example.stories[0]!;
    const matrix = page.locator('#s0-coverage table.matrix');
    const columns = await matrix.locator('thead th[scope=col]').count();
    expect(columns).toBe(1 + new Set([...story.outlets, ...story.claims.flatMap((c) => c.outlets)]).size);
    const rows = matrix.locator('tbody tr');
    expect(await rows.count()).toBe(story.claims.length);
    const ticks = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td.yes').length));
    const carried = story.claims.map((c) => new Set(c.outlets).size).sort((a, b) => b - a);
    expect(ticks).toEqual(carried);
    await expect.poll(() => matrix.locator('td.yes').first().innerText()).toContain('✓');
  });

  it('jumps from a shared passage to its counterpart', async () => {
    const { page, watch } = await open(exampleUrl);
    const story = example.stories[0]!;
    expect(story.reuse.length).toBeGreaterThan(0);
    const marks = page.locator('#s0-reuse .pair-view:not([hidden]) .side').nth(0).locator('mark[id] a.counterpart');
    expect(await marks.count()).toBeGreaterThan(0);
    // The last one is furthest down, so its counterpart starts out of view.
    const link = marks.last();
    const href = (await link.getAttribute('href'))!;
    const target = page.locator(href.replace(/^#/, '#'));
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect.poll(() => target.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    await expect.poll(() => target.isVisible()).toBe(true);
    // In view within its scrolling pane and within the window.
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const pane = el.closest('.side')!.getBoundingClientRect();
      return r.bottom > Math.max(0, pane.top) && r.top < Math.min(window.innerHeight, pane.bottom);
    });
    expect(inView).toBe(true);
    // Focus moves to the counterpart's link, so the keyboard can jump back.
    expect(await page.evaluate(() => document.activeElement?.closest('mark')?.id)).toBe(href.slice(1));
    await page.screenshot({ path: join(ARTIFACTS, 'example-reuse-jump.png') });
    expectQuiet(watch, exampleUrl);
  });

  it('filters claims and quotes by text and by outlet', async () => {
    const { page, watch } = await open(exampleUrl);
    const items = page.locator('[data-filter]');
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    // A word from a claim the pipeline found, not a guess at the example's wording.
    const claim = example.stories[0]!.claims.find((c) => /\b[A-Za-z]{7,}\b/.test(c.text))!;
    const word = /\b[A-Za-z]{7,}\b/.exec(claim.text)![0].toLowerCase();
    await page.locator('#filter-text').fill(word);
    const visible = page.locator('[data-filter]:visible');
    await expect.poll(() => page.locator('#filter-status').innerText()).toMatch(/of \d+ claims and quotes shown/);
    const shownTexts = await page.locator('[data-filter]:not([hidden])').allTextContents();
    expect(shownTexts.length).toBeGreaterThan(0);
    expect(shownTexts.length).toBeLessThan(total);
    for (const t of shownTexts) expect(t.toLowerCase()).toContain(word);
    expect(await visible.count()).toBeGreaterThan(0);
    const hidden = await page.locator('[data-filter][hidden]').allTextContents();
    for (const t of hidden) expect(t.toLowerCase()).not.toContain(word);
    await page.screenshot({ path: join(ARTIFACTS, 'example-filtered.png') });

    // Escape clears the search; then filter by the second outlet.
    await page.locator('#filter-text').press('Escape');
    await expect.poll(() => page.locator('[data-filter][hidden]').count()).toBe(0);
    const options = page.locator('#filter-outlet option');
    expect(await options.count()).toBeGreaterThanOrEqual(3);
    const value = (await options.nth(2).getAttribute('value'))!;
    await page.locator('#filter-outlet').selectOption(value);
    const kept = await page.locator('[data-filter]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-outlets')));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(total);
    for (const o of kept) expect(` ${o} `).toContain(` ${value} `);
    // Clear restores everything.
    await page.locator('#filter-clear').click();
    await expect.poll(() => page.locator('[data-filter][hidden]').count()).toBe(0);
    expectQuiet(watch, exampleUrl);
  });

  it('is usable with the keyboard: Tab reaches the controls with a visible focus ring', async () => {
    const { page } = await open(exampleUrl);
    const reached: string[] = [];
    const outlines: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { key: el.id || el.getAttribute('href') || el.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (!info) continue;
      reached.push(info.key);
      outlines.push(info.outline);
    }
    expect(reached[0]).toBe('#main'); // the skip link comes first
    for (const control of ['filter-text', 'filter-outlet', 'filter-clear']) expect(reached).toContain(control);
    expect(reached).toContain('#s0-coverage');
    for (const o of outlines) expect(o).toMatch(/^solid [1-9]/);
    // Typing into the search reached by keyboard filters.
    await page.locator('#filter-text').focus();
    await page.keyboard.type('zzzz-no-such-text');
    await expect.poll(() => page.locator('[data-filter]:not([hidden])').count()).toBe(0);
    await page.locator('#filter-text').screenshot({ path: join(ARTIFACTS, 'example-focus.png') });
  });

  it('reads at a narrow width without sideways scrolling', async () => {
    const { page, watch } = await open(exampleUrl, NARROW);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'example-narrow.png') });
    await page.locator('#s0-coverage').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'example-narrow-claims.png') });
    await page.locator('#s0-reuse-views').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'example-narrow-reuse.png') });
    expectQuiet(watch, exampleUrl);
  });

  it('prints: the print view hides the controls and a PDF renders', async () => {
    const { page } = await open(exampleUrl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('#s0-coverage table.matrix').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'example-print.png') });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    writeFileSync(join(ARTIFACTS, 'example.pdf'), pdf);
  });
});

describe('hostile text in Chromium', () => {
  it('runs no vector and shows every vector as text', async () => {
    // A vector that would set a flag instead of opening a dialog, as an alert could be stubbed.
    const dossier = hostileDossier();
    dossier.stories[0]!.claims[0]!.text = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const url = writeReport('hostile', dossier);
    const { page, watch } = await open(url);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    const text = await page.locator('main').innerText();
    for (const v of VECTORS.slice(0, 14)) expect(text.replace(/\s+/g, ' ')).toContain(v.replace(/\s+/g, ' '));
    expect(text).toContain('window.__xss=2');
    // No element from a vector exists.
    expect(await page.locator('main img, main iframe, main math, main script, main link, main svg[onload]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-desktop.png') });
    expectQuiet(watch, url);
  });
});

describe('a hundred outlets with long texts in Chromium', () => {
  let url: string;
  beforeAll(() => {
    url = writeReport('large', largeDossier(100, 800));
  });

  it('renders, keeps the matrix scrolling inside its own box at a narrow width, and picks any reuse pair', async () => {
    const { page, watch } = await open(url, NARROW);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const wrap = page.locator('#s0-coverage .matrix-wrap');
    const scroll = await wrap.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(scroll.scroll).toBeGreaterThan(scroll.client);
    expect(await page.locator('#s0-coverage table.matrix thead th[scope=col]').count()).toBe(101);
    await page.screenshot({ path: join(ARTIFACTS, 'large-narrow.png') });

    // The picker switches to a pair that was not in the markup, built from the data block.
    const pick = page.locator('#s0-reuse-pick');
    expect(await pick.isVisible()).toBe(true);
    const options = await pick.locator('option').count();
    expect(options).toBeGreaterThan(5);
    await pick.selectOption(String(options - 1));
    const built = page.locator(`#s0-reuse-p${options - 1}`);
    await expect.poll(() => built.isVisible()).toBe(true);
    expect(await page.locator('#s0-reuse-views > .pair-view:not([hidden])').count()).toBe(1);
    const link = built.locator('.side').first().locator('a.counterpart').first();
    await link.click();
    const target = page.locator((await link.getAttribute('href'))!);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    expectQuiet(watch, url);
  });

  it('lays out at desktop width with a readable provenance table instead of a hairball', async () => {
    const { page, watch } = await open(url);
    expect(await page.locator('#s0-provenance svg').count()).toBe(0);
    expect(await page.locator('#s0-provenance table.provenance tbody tr').count()).toBe(100);
    await page.locator('#s0-provenance').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'large-provenance.png') });
    await page.locator('#s0-timeline figure.chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'large-timeline.png') });
    expectQuiet(watch, url);
  });
});
