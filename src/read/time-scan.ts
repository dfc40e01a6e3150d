// Global regex scans for the time rules. Each pattern is compiled once, not on every call, and a pattern
// whose every match contains one of a few words (`need`) is not run over a text holding none of them: a
// substring search costs far less than a scan with a pattern that starts with a long alternation.

import { NeedSet } from './time-needs.js';

/** Compiled patterns not in use, by flags, then source. */
const idle = new Map<string, Map<string, RegExp[]>>();

/** Every need word the rules have asked about; one pass over a text tells which of them it holds. */
const needs = new NeedSet();

/** The last text scanned for need words (the rules of one call share it) and which of them it holds. */
let seen: { text: string; version: number; found: Uint8Array } = { text: '', version: -1, found: new Uint8Array(0) };

/** Whether `text` holds one of `words` (lower-case), ignoring the case of ASCII letters. */
function holds(text: string, words: readonly string[]): boolean {
  // A word not asked about before joins the set (a new automaton, so the text is scanned again).
  for (const w of words) needs.add(w);
  if (seen.text !== text || seen.version !== needs.version) seen = { text, version: needs.version, found: needs.scan(text) };
  for (const w of words) if (seen.found[needs.id(w)] === 1) return true;
  return false;
}

/**
 * Every match of `source` in `text`, left to right, zero-length matches skipped. `need`, when given, must list
 * lower-case strings at least one of which every match contains (in any case).
 */
export function* matches(text: string, source: string, flags = 'gi', need?: readonly string[]): Generator<RegExpExecArray> {
  if (need && !holds(text, need)) return;
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
