import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/render/index.js';
import { hostileDossier, seedDossier } from './dossiers.js';

/** A strict RFC 4180 reader: fails on a quote inside an unquoted field or text after a closing quote. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (input[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            out += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else out += input[i++];
      }
      if (i < input.length && input[i] !== ',' && !input.startsWith('\r\n', i)) throw new Error(`text after closing quote at ${i}`);
      return out;
    }
    const start = i;
    while (i < input.length && input[i] !== ',' && !input.startsWith('\r\n', i)) {
      if (input[i] === '"' || input[i] === '\n' || input[i] === '\r') throw new Error(`bare ${JSON.stringify(input[i])} at ${i}`);
      i++;
    }
    return input.slice(start, i);
  };
  while (i < input.length) {
    row.push(field());
    if (input[i] === ',') i++;
    else {
      if (!input.startsWith('\r\n', i)) throw new Error('missing CRLF');
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** What a value reads back as: formula-like text carries the neutralising apostrophe. */
const readBack = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('CSV', () => {
  it('quotes any string so that it reads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const csv = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
        const parsed = parseCsv(csv);
        // A row of one empty field is an empty line; RFC 4180 readers see it as [''].
        expect(parsed.map((r) => (r.length ? r : ['']))).toEqual(rows.map((r) => r.map(readBack)));
      }),
      { numRuns: 300 },
    );
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-1)).toBe('-1');
  });

  it('exports the claims × outlets matrix with one column per outlet', () => {
    const rows = parseCsv(renderCsv(seedDossier(), 'claims'));
    expect(rows[0]).toEqual(['story', 'claim', 'text', 'speaker', 'outlets', '000_e65738cb91f1e9d0.txt (outlet unknown)', 'RT']);
    expect(rows).toHaveLength(11);
    const c8 = rows.find((r) => r[1] === 'c8')!;
    expect(c8[2]).toContain('central, eastern and southeastern Europe');
    expect(c8.slice(4)).toEqual(['1', '1', '0']);
    const c9 = rows.find((r) => r[1] === 'c9')!;
    expect(c9.slice(5)).toEqual(['0', '1']);
    // Shared claims come first.
    expect(rows.slice(1).map((r) => Number(r[4]))).toEqual([2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('exports quotes and timeline', () => {
    const quotes = parseCsv(renderCsv(seedDossier(), 'quotes'));
    expect(quotes[0]!.slice(0, 5)).toEqual(['speaker', 'article', 'outlet', 'direct', 'text']);
    expect(quotes).toHaveLength(9);
    const lavrov = quotes.find((r) => r[0] === 'Sergei Lavrov')!;
    expect(lavrov[3]).toBe('true');
    expect(lavrov[4]).toBe('Of course, we will publish this document. We have nothing to be ashamed of,');
    const timeline = parseCsv(renderCsv(seedDossier(), 'timeline'));
    expect(timeline[0]!.slice(0, 4)).toEqual(['date', 'precision', 'text', 'sources']);
    expect(timeline.map((r) => r[0])).toEqual(['date', '2014', '2021-12-17', '2022-01', '2022-01-26', '2022-02-15', '2022-02-17']);
    expect(timeline[3]!.slice(1, 2)).toEqual(['month']);
    expect(timeline[2]![3]).toBe('RT');
  });

  it('keeps hostile text in its fields', () => {
    const d = hostileDossier();
    for (const table of ['claims', 'quotes', 'timeline'] as const) {
      const rows = parseCsv(renderCsv(d, table));
      const width = rows[0]!.length;
      for (const r of rows) expect(r).toHaveLength(width);
    }
    const claims = parseCsv(renderCsv(d, 'claims'));
    expect(claims.slice(1).map((r) => r[2])).toEqual(d.stories[0]!.claims.map((c) => readBack(c.text)));
  });
});
