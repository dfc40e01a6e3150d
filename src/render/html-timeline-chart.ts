// The timeline chart: Observable Plot rendered to SVG markup at render time against a
// linkedom document. Only dates and entry numbers reach Plot (never dossier prose), so
// the generated SVG carries nothing that needs escaping.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { DossierTimelineEntry } from '../dossier/schema.js';
import { periodOf } from './timeline-dates.js';

/**
 * Up to this many dated entries get a row each (number on the axis, matching the list);
 * more are drawn as a count of entries per period, which stays one screen high.
 */
export const CHART_MAX_ROWS = 30;

// The DOM lib is not in this project's tsconfig, so name Plot's document type through its options.
type PlotOptionsDocument = NonNullable<Plot.PlotOptions['document']>;

interface Row {
  label: string;
  start: Date;
  end: Date;
  point: boolean;
  tip: string;
}

/** SVG markup of the chart, or null when no entry has a drawable date or Plot fails. */
export function timelineChartSvg(entries: readonly DossierTimelineEntry[]): string | null {
  const rows: Row[] = [];
  entries.forEach((entry, i) => {
    const period = periodOf(entry.date);
    if (!period) return;
    const label = `#${i + 1}`;
    rows.push({ label, ...period, point: entry.precision === 'day' || period.end.getTime() - period.start.getTime() <= 86_400_000, tip: `${label} ${period.start.toISOString().slice(0, 10)}` });
  });
  if (rows.length === 0) return null;
  rows.sort((a, b) => a.start.getTime() - b.start.getTime());
  try {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = rows.length > CHART_MAX_ROWS ? countChart(rows, document as unknown as PlotOptionsDocument) : Plot.plot({
      document: document as unknown as PlotOptionsDocument,
      className: 'timeline-chart',
      width: 800,
      height: 40 + rows.length * 22,
      marginLeft: 44,
      x: { type: 'utc', label: null, grid: true },
      y: { domain: rows.map((r) => r.label), label: null },
      marks: [
        Plot.barX(rows.filter((r) => !r.point), { x1: 'start', x2: 'end', y: 'label', fill: 'currentColor', fillOpacity: 0.35, title: 'tip' }),
        Plot.dot(rows, { x: 'start', y: 'label', fill: 'currentColor', r: 4, title: 'tip' }),
      ],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute(
      'aria-label',
      rows.length > CHART_MAX_ROWS
        ? `Timeline chart: how many of the ${rows.length} dated entries fall in each period; the list below gives each entry`
        : 'Timeline chart: numbered entries placed by date; the list below gives each entry',
    );
    const markup = (svg as unknown as { outerHTML: string }).outerHTML;
    // Defence in depth: the report's CSP would block these anyway.
    if (/<script|\son\w+\s*=|javascript:/i.test(markup)) return null;
    return markup;
  } catch {
    return null;
  }
}

/** Entries per period (Plot picks the bin width), with each entry's start as its date. */
function countChart(rows: Row[], document: PlotOptionsDocument) {
  return Plot.plot({
    document,
    className: 'timeline-chart',
    width: 800,
    height: 220,
    marginLeft: 44,
    x: { type: 'utc', label: null },
    y: { label: 'entries', grid: true },
    marks: [
      Plot.rectY(rows, Plot.binX({ y: 'count' }, { x: 'start' })),
      Plot.ruleY([0]),
    ],
  });
}
