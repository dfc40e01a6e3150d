import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from '../../src/render/index.js';
import { clipSpans } from '../../src/render/html-reuse.js';
import { periodOf } from '../../src/render/timeline-dates.js';
import { oneLine, truncate } from '../../src/render/text.js';

describe('render helpers', () => {
  it('escapeHtml covers text and attribute contexts', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u001bc\nd')).toBe('a\ufffdb\ufffdc\nd');
  });

  it('safeHttpUrl accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl(' HTTP://Example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' jAvAsCrIpT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '//evil.example/x', '/relative', 'https://', '', null])
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
  });

  it('periodOf reads TimeML dates of every precision', () => {
    const iso = (v: string) => {
      const p = periodOf(v);
      return p && [p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)];
    };
    expect(iso('2021-12-17')).toEqual(['2021-12-17', '2021-12-18']);
    expect(iso('2022-01')).toEqual(['2022-01-01', '2022-02-01']);
    expect(iso('2014')).toEqual(['2014-01-01', '2015-01-01']);
    expect(iso('2022-W07')).toEqual(['2022-02-14', '2022-02-21']);
    expect(iso('2022-Q1')).toEqual(['2022-01-01', '2022-04-01']);
    expect(iso('2021-WI')).toEqual(['2021-12-01', '2022-03-01']);
    expect(iso('199')).toEqual(['1990-01-01', '2000-01-01']);
    for (const v of ['XXXX-12-17', 'PAST_REF', 'P3D', '2022-13', '<script>']) expect(periodOf(v)).toBeNull();
  });

  it('clipSpans orders, clips and drops broken spans', () => {
    const spans = [
      { start: 20, end: 40, passage: 1 },
      { start: 0, end: 25, passage: 0 },
      { start: 50, end: 50, passage: 2 },
      { start: 90, end: 200, passage: 3 },
      { start: 9, end: 3, passage: 4 },
    ];
    expect(clipSpans(spans, 100)).toEqual([
      { start: 0, end: 25, passage: 0 },
      { start: 25, end: 40, passage: 1 },
      { start: 90, end: 100, passage: 3 },
    ]);
  });

  it('oneLine and truncate keep terminal lines single and bounded', () => {
    expect(oneLine('a\u001b[31mb\u001b[0m\n  c\td\u0007')).toBe('ab c d');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(Array.from(truncate('😀😀😀😀😀', 3))).toHaveLength(3);
  });
});
