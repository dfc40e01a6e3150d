// Global regex scans for the time rules. Each pattern is compiled once, not on every call, and a pattern
// whose every match contains one of a few words (`need`) is not run over a text holding none of them: a
// substring search costs far less than a scan with a pattern that starts with a long alternation. A pattern
// whose matches open with one of a few words (`openings`) is tried only at the word starts that open like
// them (see time-starts.ts), with the same matches as the global scan.

import { NeedSet } from './time-needs.js';
import { startKeys, WordStarts } from './time-starts.js';

/** Compiled patterns not in use, by flags, then source. */
const idle = new Map<string, Map<string, RegExp[]>>();

/** Every need word the rules have asked about; one pass over a text tells which of them it holds. */
const needs = new NeedSet();

/** The last text scanned for need words (the rules of one call share it) and which of them it holds. */
let seen: { text: string; version: number; found: Uint8Array } = { text: '', version: -1, found: new Uint8Array(0) };

/** Whether `text` holds one of `words` (lower-case), ignoring the case of ASCII letters. */
function holds(text: string, words: readonly string[]): boolean {
  // A word not asked about before joins the set (the automaton is rebuilt at the next text).
  for (const w of words) needs.add(w);
  if (seen.text !== text) seen = { text, version: needs.version, found: needs.scan(text) };
  // Words new since this text was scanned are looked up alone (see NeedSet.extend).
  else if (seen.version !== needs.version) seen = { text, version: needs.version, found: needs.extend(text, seen.found) };
  for (const w of words) if (seen.found[needs.id(w)] === 1) return true;
  return false;
}

/** Start keys of each pattern given openings (see time-starts.ts), by source: a pattern's openings never change. */
const keysBySource = new Map<string, Int32Array>();

/** Word starts of the last text scanned with openings. */
let starts = new WordStarts('');

/** Word starts of `text`, shared by the scans of one text (see time-starts.ts). */
export function wordStartsOf(text: string): WordStarts {
  if (starts.text !== text) starts = new WordStarts(text);
  return starts;
}

/** When on, every scan with openings is checked against the global scan (for tests: a wrong opening throws). */
let checking = false;

export function checkOpenings(on: boolean): void {
  checking = on;
}

/**
 * Every match of `source` in `text`, left to right, zero-length matches skipped. `need`, when given, must list
 * lower-case strings at least one of which every match contains (in any case). `openings`, when given, must list
 * the first one or two characters (lower-case ASCII letters or digits) of every match, and every match must
 * begin at a word start (after no word character): the pattern is then tried only there (see time-starts.ts).
 */
export function* matches(text: string, source: string, flags = 'gi', need?: readonly string[], openings?: readonly string[]): Generator<RegExpExecArray> {
  if (need && !holds(text, need)) return;
  if (openings) {
    if (checking) {
      const found = [...fromStarts(text, source, flags, openings)].map((m) => `${m.index}:${m[0]}`);
      const whole = [...text.matchAll(new RegExp(source, flags.includes('g') ? flags : flags + 'g'))].filter((m) => m[0].length > 0).map((m) => `${m.index}:${m[0]}`);
      if (found.join('\n') !== whole.join('\n')) throw new Error(`openings ${openings.join(',')} miss matches of ${source}: ${whole.filter((w) => !found.includes(w)).join('; ')}`);
    }
    yield* fromStarts(text, source, flags, openings);
    return;
  }
  let byFlags = idle.get(flags);
  if (!byFlags) idle.set(flags, (byFlags = new Map()));
  let free = byFlags.get(source);
  if (!free) byFlags.set(source, (free = []));
  // Each scan has a regex of its own (scans may nest), taken from those of its pattern not in use: compiling
  // a copy on every call cost more than some of the scans.
  const re = free.pop() ?? new RegExp(source, flags);
  re.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield m;
    }
  } finally {
    free.push(re);
  }
}

/** `matches` tried at the word starts that open with one of `openings` only, with a sticky copy of the pattern. */
function* fromStarts(text: string, source: string, flags: string, openings: readonly string[]): Generator<RegExpExecArray> {
  let keys = keysBySource.get(source);
  if (!keys) keysBySource.set(source, (keys = startKeys(openings)));
  const at = wordStartsOf(text).candidates(keys);
  if (at.length === 0) return;
  const sticky = flags.includes('y') ? flags : flags + 'y';
  let byFlags = idle.get(sticky);
  if (!byFlags) idle.set(sticky, (byFlags = new Map()));
  let free = byFlags.get(source);
  if (!free) byFlags.set(source, (free = []));
  const re = free.pop() ?? new RegExp(source, sticky);
  try {
    // The global scan resumes at the end of each match: candidates before it are passed over.
    let reached = 0;
    for (let j = 0; j < at.length; j++) {
      const p = at[j]!;
      if (p < reached) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      reached = p + m[0].length;
      yield m;
    }
  } finally {
    free.push(re);
  }
}
