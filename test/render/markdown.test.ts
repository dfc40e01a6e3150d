import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/render/index.js';
import { hostileDossier, seedDossier } from './dossiers.js';

describe('renderMarkdown', () => {
  const out = renderMarkdown(seedDossier());

  it('has the report sections', () => {
    for (const h of ['# Story dossier', '## Story: Foreign Ministry releases reaction', '### Articles', '### Claims carried by several outlets', '### Coverage', '### Claims unique to each outlet', '### Quotes by speaker', '#### Sergei Lavrov', '### Actors', '### Timeline', '### Reuse', '## Problems'])
      expect(out).toContain(h);
  });

  it('writes tables with one column per outlet and links only http(s) URLs', () => {
    const coverage = out.slice(out.indexOf('### Coverage'), out.indexOf('### Claims unique'));
    const header = coverage.split('\n').find((l) => l.startsWith('| Claim'))!;
    expect(header.split(' | ')).toHaveLength(3);
    expect(coverage.split('\n').filter((l) => l.startsWith('| ') && l.includes('✓'))).toHaveLength(10);
    expect(out).toContain('(<https://russian.rt.com/world/article/security-guarantees-reaction>)');
    expect(out).toMatch(/\| 2021-12-17 \| Recall that on December 17/);
  });

  it('escapes hostile text', () => {
    const md = renderMarkdown(hostileDossier());
    expect(md).not.toMatch(/<(script|img|svg|iframe|a|link|div)\b/i);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/i);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // Every row of a table keeps its header's column count: pipes inside cells are escaped.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    let header = 0;
    let tables = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('| ')) header = 0;
      else if (header === 0) {
        header = cells(line);
        tables++;
      } else expect(cells(line), line).toBe(header);
    }
    expect(tables).toBe(3);
  });

  it('escapeMarkdown neutralises emphasis, code, links, tables and HTML', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) | <f> & g\nh')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| &lt;f&gt; &amp; g h');
  });
});
