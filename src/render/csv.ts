// CSV exports (RFC 4180: CRLF records, fields quoted when they hold a comma, quote or
// line break, quotes doubled).
import type { Dossier } from '../dossier/schema.js';
import { allOutlets, buildStoryView } from './model.js';

export type CsvTable = 'claims' | 'quotes' | 'timeline';

/**
 * Quotes one field. Text that a spreadsheet would run as a formula (leading = + - @ or a
 * tab/CR) gets a leading apostrophe, the OWASP advice for CSV injection: the files carry
 * third-party article text and are made to be opened in spreadsheets.
 */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(rows: (string | number | boolean | null)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function renderCsv(dossier: Dossier, table: CsvTable): string {
  switch (table) {
    case 'claims':
      return claimsCsv(dossier);
    case 'quotes':
      return quotesCsv(dossier);
    case 'timeline':
      return timelineCsv(dossier);
    default:
      throw new Error(`Unknown CSV table: ${String(table)}`);
  }
}

/** Claims × outlets: one row per claim, one 0/1 column per outlet of the whole dossier. */
function claimsCsv(dossier: Dossier): string {
  const outlets = allOutlets(dossier);
  const rows: (string | number | null)[][] = [];
  // Column names are outlet labels; the first view suffices since labels depend only on articles.
  const label = dossier.stories[0] ? buildStoryView(dossier, dossier.stories[0]).outletLabel : (k: string) => k;
  rows.push(['story', 'claim', 'text', 'speaker', 'outlets', ...outlets.map(label)]);
  for (const story of dossier.stories) {
    const view = buildStoryView(dossier, story);
    for (const c of view.claims) {
      const carried = new Set(c.outlets);
      rows.push([story.id, c.id, c.text, view.actorName(c.speaker), carried.size, ...outlets.map((o) => (carried.has(o) ? 1 : 0))]);
    }
  }
  return toCsv(rows);
}

function quotesCsv(dossier: Dossier): string {
  const rows: (string | boolean | null)[][] = [['speaker', 'article', 'outlet', 'direct', 'text', 'cue', 'story']];
  for (const story of dossier.stories) {
    const view = buildStoryView(dossier, story);
    for (const group of story.quotes) {
      for (const q of group.quotes) {
        rows.push([group.name, q.article, view.outletOfArticle(q.article), q.direct, q.text, q.cue, story.id]);
      }
    }
  }
  return toCsv(rows);
}

function timelineCsv(dossier: Dossier): string {
  const rows: (string | null)[][] = [['date', 'precision', 'text', 'sources', 'expression', 'story']];
  for (const story of dossier.stories) {
    const view = buildStoryView(dossier, story);
    for (const t of story.timeline) {
      const sources = [...new Set(t.sources.map((s) => view.outletOfArticle(s.article)))];
      rows.push([t.date, t.precision, t.text, sources.join('; '), t.expression, story.id]);
    }
  }
  return toCsv(rows);
}
