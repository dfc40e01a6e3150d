// `corroborate analyze --out DIR` writes the Markdown and CSV exports next to the JSON
// and HTML, and they agree with the dossier it wrote.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierSchema } from '../../src/dossier/schema.js';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('analyze --out', () => {
  it('writes dossier.md, claims.csv, quotes.csv and timeline.csv beside the report', async () => {
    const out = join(dir, 'out');
    const r = await runCli(['analyze', 'examples/security-guarantees', '--out', out, '--no-color']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Report: ${join(out, 'report.html')}`);
    expect(r.stdout).toContain(join(out, 'claims.csv'));
    const dossier = dossierSchema.parse(JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8')));
    const story = dossier.stories[0]!;

    const md = readFileSync(join(out, 'dossier.md'), 'utf8');
    expect(md).toMatch(/^# Story dossier/);
    for (const heading of ['### Coverage', '### Quotes by speaker', '### Timeline', '### Reuse']) expect(md).toContain(heading);

    const claims = parseCsv(readFileSync(join(out, 'claims.csv'), 'utf8'));
    expect(claims[0]!.slice(0, 5)).toEqual(['story', 'claim', 'text', 'speaker', 'outlets']);
    expect(claims).toHaveLength(1 + dossier.stories.reduce((n, s) => n + s.claims.length, 0));
    // One 0/1 column per outlet, and the count column agrees with them.
    for (const row of claims.slice(1)) {
      const marks = row.slice(5);
      expect(marks.every((m) => m === '0' || m === '1')).toBe(true);
      expect(marks.filter((m) => m === '1').length).toBe(Number(row[4]));
    }

    const quotes = parseCsv(readFileSync(join(out, 'quotes.csv'), 'utf8'));
    expect(quotes[0]).toEqual(['speaker', 'article', 'outlet', 'direct', 'text', 'cue', 'story']);
    expect(quotes).toHaveLength(1 + story.quotes.reduce((n, g) => n + g.quotes.length, 0));

    const timeline = parseCsv(readFileSync(join(out, 'timeline.csv'), 'utf8'));
    expect(timeline[0]).toEqual(['date', 'precision', 'text', 'sources', 'expression', 'story']);
    expect(timeline.slice(1).map((row) => row[0])).toEqual(story.timeline.map((t) => t.date));
  });
});
