// chrono-node on the parts of a text that can hold a calendar date. Parsing a whole article cost most of
// findTimes; most of its lines have no month name, and chrono's cost grows with what it finds, not only with
// length.

// The English parsers alone (chrono.parse is the English casual parser): the package's root also loads
// its other locales, some 200 modules each thread compiled at start-up and never ran.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { wordStartsOf } from './time-scan.js';
import { startKeys } from './time-starts.js';

/** A chrono result placed in the whole text. */
export interface Dated {
  index: number;
  text: string;
  start: ParsedComponents;
  /** The end of a range ("Aug. 26 to Oct. 20"), when chrono read one. */
  end?: ParsedComponents;
}

// A month name as chrono reads one, or a numeric date: every date findTimes keeps has one in its span.
// Month names are tried only at the word starts that open like one (see time-starts.ts): scanning the whole
// text with the alternation cost more than the rest of finding the windows.
const MONTH_NAME = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iy;
const MONTH_KEYS = startKeys(['ja', 'fe', 'ma', 'ap', 'ju', 'au', 'se', 'oc', 'no', 'de']);
const NUMERIC_CUE = /\d[-/.]\d/g;

/** A numeric date of three parts, the only numeric dates findTimes keeps (within 9 characters before and 12
 *  after a numeric cue when the cue is part of one). */
const FULL_DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/;

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
  let windows = cueWindows(text);
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
    let results: ParsedResult[];
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

/** The first windows chronoResults parses: one per date cue, in no particular order (they are sorted when merged). */
export function cueWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const p of wordStartsOf(text).candidates(MONTH_KEYS)) {
    MONTH_NAME.lastIndex = p;
    const m = MONTH_NAME.exec(text);
    if (m) windows.push(cueWindow(text, p, m[0].length));
  }
  NUMERIC_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_CUE.exec(text)) !== null) {
    // findTimes keeps a numeric date only with all three parts: a decimal, fraction or score ("3.5", "7/8",
    // "2-1") far from any such date cannot give one, and is most of the numeric cues.
    if (FULL_DATE.test(text.slice(Math.max(0, m.index - 9), m.index + 12))) windows.push(cueWindow(text, m.index, m[0].length));
  }
  return windows;
}

/**
 * REACH characters either side of the cue at [index, index + length), out to white space, within its line. The
 * line's ends are looked for only within REACH of the cue (a newline is white space, so the word edges stop at
 * it anyway): on one long line with thousands of cues, searching to the line's ends from each was quadratic.
 */
export function cueWindow(text: string, index: number, length: number): [number, number] {
  const lo = Math.max(0, index - REACH);
  let start = lo;
  for (let i = index; i >= lo; i--) {
    if (text.charCodeAt(i) === 10) {
      start = i + 1;
      break;
    }
  }
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const hi = Math.min(text.length, index + length + REACH);
  let end = hi;
  for (let i = index; i < hi; i++) {
    if (text.charCodeAt(i) === 10) {
      end = i;
      break;
    }
  }
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return [start, end];
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

