import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { renderHtml } from '../../src/render/index.js';
import { hostileDossier, largeDossier, seedDossier, VECTORS } from './dossiers.js';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

function parse(markup: string): Doc {
  return parseHTML(markup).document;
}

function all(doc: Doc, selector: string): El[] {
  return [...doc.querySelectorAll(selector)] as El[];
}

/** The checks every report must pass, whatever the dossier holds. */
function assertSafe(markup: string, dossier: Dossier): Doc {
  const doc = parse(markup);
  // Exactly one executable script, inline, and the CSP allows exactly its hash. Any other
  // script element is a JSON data block whose text cannot close it.
  const scripts = all(doc, 'script');
  const executable = scripts.filter((el) => !el.hasAttribute('type'));
  expect(executable.length).toBe(1);
  expect(executable[0]!.hasAttribute('src')).toBe(false);
  for (const data of scripts.filter((el) => el.hasAttribute('type'))) {
    expect(data.getAttribute('type')).toBe('application/json');
    expect(data.hasAttribute('src')).toBe(false);
    expect(() => JSON.parse(data.textContent ?? '')).not.toThrow();
  }
  for (const block of markup.match(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g) ?? [])
    expect(block.slice(block.indexOf('>') + 1, -'</script>'.length)).not.toMatch(/[<>&]/);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  expect(csp).toContain("default-src 'none'");
  const inline = /<script>([\s\S]*?)<\/script>/.exec(markup)![1]!;
  const hash = createHash('sha256').update(inline, 'utf8').digest('base64');
  expect(csp).toContain(`script-src 'sha256-${hash}'`);
  // No event-handler attributes anywhere, no javascript: in any attribute.
  for (const el of all(doc, '*')) {
    for (const attr of [...(el as unknown as { attributes: Iterable<{ name: string; value: string }> }).attributes]) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(attr.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  // Nothing that loads: only <a href> may point outside, and only to http(s) article URLs.
  expect(all(doc, 'img, iframe, object, embed, link, audio, video, source, base, frame, frameset')).toHaveLength(0);
  expect(all(doc, '[src], [srcset], [background], [poster], [action], [formaction], [xlink\\:href]')).toHaveLength(0);
  const articleUrls = new Set(dossier.articles.map((a) => a.url).filter((u): u is string => !!u).map((u) => new URL(u.trim()).href));
  for (const el of all(doc, '[href]')) {
    const href = el.getAttribute('href')!;
    if (href.startsWith('#')) continue;
    expect(el.tagName.toLowerCase()).toBe('a');
    expect(href).toMatch(/^https?:\/\//);
    expect(articleUrls.has(href)).toBe(true);
  }
  // Style may not fetch either.
  for (const style of [...all(doc, 'style').map((s) => s.textContent ?? ''), ...all(doc, '[style]').map((s) => s.getAttribute('style')!)])
    expect(style).not.toMatch(/url\(\s*['"]?(?!#)|@import/i);
  return doc;
}

describe('renderHtml with the seed dossier', () => {
  const dossier = seedDossier();
  const markup = renderHtml(dossier);
  const doc = assertSafe(markup, dossier);

  it('is a semantic, self-contained page', () => {
    expect(markup.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('en');
    for (const tag of ['header', 'nav', 'main', 'footer', 'h1']) expect(doc.querySelector(tag), tag).not.toBeNull();
    expect(markup).not.toMatch(/(src|href)\s*=\s*["']?\/\//i);
    // Every table header cell says what it heads.
    for (const th of all(doc, 'th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
  });

  it('has the articles table with outlet, date, title, language, words, notes', () => {
    const table = doc.querySelector('#s0-articles table')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['#', 'Outlet', 'Date', 'Title', 'Language', 'Words', 'Notes']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const rt = rows[1]!;
    expect(rt.textContent).toContain('RT');
    expect(rt.querySelector('a')!.getAttribute('href')).toBe('https://russian.rt.com/world/article/security-guarantees-reaction');
    expect(rows[0]!.textContent).toContain('No publication date found');
  });

  it('draws the timeline with Plot and lists every entry with its sources', () => {
    const chart = doc.querySelector('#s0-timeline figure.chart svg');
    expect(chart).not.toBeNull();
    expect(chart!.querySelectorAll('circle').length).toBe(dossier.stories[0]!.timeline.length);
    const items = all(doc, '#s0-timeline ol.timeline > li');
    expect(items).toHaveLength(6);
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).toBe('2021-12-17');
    expect(items[1]!.textContent).toContain('sources: RT');
  });

  it('has a claim × outlet matrix with shared claims first', () => {
    const rows = all(doc, '#s0-coverage table.matrix tbody tr');
    expect(rows).toHaveLength(10);
    const cols = all(doc, '#s0-coverage table.matrix thead th[scope=col]').map((th) => th.textContent);
    expect(cols.slice(1)).toEqual(['000_e65738cb91f1e9d0.txt (outlet unknown)', 'RT']);
    const ticks = rows.map((r) => r.querySelectorAll('td.yes').length);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
    expect(ticks[0]).toBe(2);
    expect(rows[9]!.querySelector('th')!.textContent).toContain('supply of weapons');
  });

  it('shows a reuse pair side by side with linked counterpart marks', () => {
    const marks = all(doc, '#s0-reuse .pair mark[id]');
    expect(marks).toHaveLength(10);
    for (const mark of marks) {
      const link = mark.querySelector('a.counterpart')!;
      const target = doc.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName.toLowerCase()).toBe('mark');
      // The counterpart links back.
      expect(target!.querySelector('a')!.getAttribute('href')).toBe(`#${mark.getAttribute('id')}`);
    }
    const first = doc.getElementById('s0-reuse-p0-a2')!;
    expect(first.textContent).toContain("None of these documents mentions Russia's responsibility");
  });

  it('groups quotes by speaker and shows actors with aliases and positions', () => {
    const speakers = all(doc, '#s0-quotes h4').map((h) => h.textContent);
    expect(speakers).toEqual(['Russian Foreign Ministry (4)', 'Sergei Lavrov (1)', 'Andrey Kortunov (2)', 'the diplomats (1)']);
    const ministry = all(doc, '#s0-actors .actor').find((a) => a.querySelector('h4')!.textContent === 'Russian Foreign Ministry')!;
    expect(ministry.textContent).toContain('the department');
    expect(ministry.textContent).toContain('THREATEN');
    expect(ministry.textContent).toContain('part of Russia');
  });

  it('draws the provenance graph with a node per article', () => {
    const svg = doc.querySelector('#s0-provenance svg')!;
    expect(svg.querySelectorAll('g.node')).toHaveLength(2);
    // The pair quotes a common source: an undirected, dashed link.
    expect(svg.querySelectorAll('path.edge.shared')).toHaveLength(1);
    expect(doc.querySelector('#s0-provenance figcaption')!.textContent).toContain('5 shared passages (shared-source)');
  });

  it('wires the filter controls to the items they filter (behaviour is tested in test/browser)', () => {
    const form = doc.getElementById('filters')!;
    // Hidden until the script shows it, so without script there are no dead controls.
    expect(form.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('label[for="filter-text"] input#filter-text')).not.toBeNull();
    expect(doc.getElementById('filter-text')!.getAttribute('aria-describedby')).toBe('filter-status');
    expect(doc.getElementById('filter-status')!.getAttribute('aria-live')).toBe('polite');
    const options = all(doc, '#filter-outlet option').map((o) => o.textContent);
    expect(options).toEqual(['All outlets', '000_e65738cb91f1e9d0.txt (outlet unknown)', 'RT']);
    const items = all(doc, '[data-filter]');
    // Matrix rows, the shared list, the per-outlet lists and the quotes.
    const story = dossier.stories[0]!;
    const listed = story.claims.length + story.shared.length + story.unique.reduce((n, u) => n + u.claims.length, 0);
    expect(items.length).toBe(listed + story.quotes.reduce((n, g) => n + g.quotes.length, 0));
    for (const el of items) expect(el.getAttribute('data-outlets')).toMatch(/^\d+( \d+)*$/);
  });
});

describe('renderHtml with hostile text', () => {
  const dossier = hostileDossier();
  const markup = renderHtml(dossier);
  const doc = assertSafe(markup, dossier);

  it('shows every vector as text and never as markup', () => {
    expect(markup).not.toMatch(/<script>alert|<img|<svg onload|<iframe|<math|<a href="javascript/i);
    // Our attributes are always double-quoted, so an event handler would show as a bare attribute.
    expect(markup).not.toMatch(/<[a-z]+(?:\s+[a-z-]+(?:="[^"]*")?)*\s+on[a-z]+\s*=/i);
    const text = doc.body.textContent ?? '';
    for (const v of VECTORS.slice(0, 14)) expect(text).toContain(v);
    expect(text).toContain('{{constructor.constructor("alert(9)")()}}');
    // Control characters become U+FFFD rather than reaching the page.
    expect(markup).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('renders non-http(s) URLs as text, not links', () => {
    const links = all(doc, 'a[href]').filter((a) => !a.getAttribute('href')!.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
    expect(doc.body.textContent).toContain('javascript:alert(13)');
  });

  it('survives overlapping and out-of-range reuse spans', () => {
    const marks = all(doc, '.pair mark');
    expect(marks.length).toBeGreaterThan(0);
    const ids = marks.map((m) => m.getAttribute('id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderHtml with a large dossier', () => {
  it('renders 100 outlets with long texts quickly and deterministically', () => {
    const dossier = largeDossier(100, 5000);
    const t0 = performance.now();
    const markup = renderHtml(dossier);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(markup.length).toBeLessThan(10_000_000);
    expect(renderHtml(dossier)).toBe(markup);
    // Side-by-side views are capped, so the file holds 10 article texts, not 100.
    expect(markup.split('class="pair"').length - 1).toBe(5);
  });

  it('keeps its structure with 100 outlets', () => {
    const dossier = largeDossier(100, 100);
    const doc = assertSafe(renderHtml(dossier), dossier);
    expect(all(doc, '#s0-coverage table.matrix thead th[scope=col]')).toHaveLength(101);
    expect(all(doc, '#filter-outlet option')).toHaveLength(101);
    expect(all(doc, '#s0-reuse .pair')).toHaveLength(5);
    expect(doc.querySelector('#s0-reuse')!.textContent).toMatch(/First 200 of \d+ pairs shown/);
    // Too many articles for an arc diagram: the table says who drew on whom instead.
    expect(all(doc, '#s0-provenance svg')).toHaveLength(0);
    expect(all(doc, '#s0-provenance table.provenance tbody tr')).toHaveLength(100);
    // 200 entries: counts per period rather than a row each.
    expect(all(doc, '#s0-timeline figure.chart svg rect').length).toBeGreaterThan(3);
    expect(all(doc, '#s0-timeline figure.chart svg circle')).toHaveLength(0);
    // Every listed pair can be picked; those beyond the first five come from the data block.
    expect(all(doc, '#s0-reuse-pick option')).toHaveLength(200);
    const data = JSON.parse(doc.getElementById('s0-reuse-data')!.textContent!) as { pairs: unknown[]; texts: Record<string, string> };
    expect(data.pairs).toHaveLength(200);
    expect(data.pairs.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(Object.keys(data.texts).length).toBeLessThanOrEqual(100);
  });
});
