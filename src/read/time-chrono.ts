// chrono-node on the parts of a text that can hold a calendar date. Parsing a whole article cost most of
// findTimes; most of its lines have no month name, and chrono's cost grows with what it finds, not only with
// length.

import * as chrono from 'chrono-node';

/** A chrono result placed in the whole text. */
export interface Dated {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  /** The end of a range ("Aug. 26 to Oct. 20"), when chrono read one. */
  end?: chrono.ParsedComponents;
}

/** A month name as chrono reads one, or a numeric date: every date findTimes keeps has one in its span. */
const DATE_CUE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d[-/.]\d/gi;

/** How close to the edge of a window a result must be for text beyond the edge to possibly change it. */
const EDGE = 40;

/** How far either side of a date cue a window first reaches (beyond EDGE, so that most windows are not widened). */
const REACH = 60;

/** Rounds of widening before the whole text is parsed instead. */
const MAX_ROUNDS = 4;

/**
 * chrono's results for the stretches of `text` around a date cue, with `index` in `text`. Parsing the whole
 * text cost most of findTimes, and most lines have no month name. chrono works locally (its refiners look at
 * neighbouring results and a few words around them), so only windows are parsed — REACH characters either side
 * of each cue, out to white space, within its line (a paragraph is mostly other sentences, and chrono's cost
 * grows with every weekday and "now" it reads there) — joined into one text (each parse has a fixed cost); a
 * window is widened to whole lines while any result lies within EDGE characters of its edge or across a join,
 * and windows that come to overlap become one.
 */
export function chronoResults(text: string, instant: Date): Dated[] {
  let windows: [number, number][] = [];
  DATE_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_CUE.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    // REACH characters either side of the cue, out to white space, within its line.
    let start = Math.max(lineStart, m.index - REACH);
    while (start > lineStart && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(lineEnd, m.index + m[0].length + REACH);
    while (end < lineEnd && !/\s/.test(text[end]!)) end++;
    windows.push([start, end]);
    DATE_CUE.lastIndex = m.index + m[0].length;
  }
  for (let round = 0; ; round++) {
    windows = mergeWindows(windows);
    // Texts of short lines full of dates (tables, lists) widen slowly: parse them whole.
    if (round === MAX_ROUNDS) windows = windows.length > 0 ? [[0, text.length]] : [];
    // Offsets of each window in the joined text.
    const at: number[] = [];
    let joined = '';
    for (const [start, end] of windows) {
      if (joined) joined += '\n\n';
      at.push(joined.length);
      joined += text.slice(start, end);
    }
    let results: chrono.ParsedResult[];
    try {
      results = joined ? chrono.parse(joined, { instant, timezone: 0 }) : [];
    } catch {
      return [];
    }
    // Results in the joined text, in order; each is placed in its window and checked against its edges.
    let widened = false;
    const found: Dated[] = [];
    let k = 0;
    for (const r of results) {
      while (k + 1 < windows.length && (at[k + 1] ?? Infinity) <= r.index) k++;
      const w = windows[k];
      const from = at[k];
      if (!w || from === undefined) continue;
      const [start, end] = w;
      const rStart = r.index - from;
      const rEnd = rStart + r.text.length;
      // Widened to whole lines holding at least EDGE more characters.
      if (rStart < EDGE && start > 0) {
        w[0] = text.lastIndexOf('\n', Math.max(0, start - 1 - EDGE)) + 1;
        widened = true;
      }
      if (end - start - rEnd < EDGE && end < text.length) {
        const nl = text.indexOf('\n', end + 1 + EDGE);
        w[1] = nl < 0 ? text.length : nl;
        widened = true;
      }
      found.push({ index: start + rStart, text: r.text, start: r.start, ...(r.end ? { end: r.end } : {}) });
    }
    if (!widened || round === MAX_ROUNDS) return found;
  }
}

/** Windows in text order, overlapping or touching ones merged. */
function mergeWindows(windows: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of [...windows].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

