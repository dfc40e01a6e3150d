// Global regex scans for the time rules. Each pattern is compiled once, not on every call, and a pattern
// whose every match contains one of a few words (`need`) is not run over a text holding none of them: a
// substring search costs far less than a scan with a pattern that starts with a long alternation. A pattern
// whose matches open with one of a few words (`openings`) is tried only at the word starts that open like
// them (see time-starts.ts), with the same matches as the global scan.

import { NeedSet } from './time-needs.js';
import { keyMask, startKeys, WordStarts } from './time-starts.js';

/** Every need word the rules have asked about; one pass over a text tells which of them it holds. */
const needs = new NeedSet();

/** The last text scanned for need words (the rules of one call share it) and which of them it holds. */
let seen: { text: string; version: number; found: Uint8Array } = { text: '', version: -1, found: new Uint8Array(0) };

/** Whether `text` holds one of the need words of these ids (see TimePattern), ignoring the case of ASCII letters. */
function holds(text: string, ids: Int32Array): boolean {
  if (seen.text !== text) seen = { text, version: needs.version, found: needs.scan(text) };
  // Words new since this text was scanned are looked up alone (see NeedSet.extend).
  else if (seen.version !== needs.version) seen = { text, version: needs.version, found: needs.extend(text, seen.found) };
  for (let j = 0; j < ids.length; j++) if (seen.found[ids[j]!] === 1) return true;
  return false;
}

/**
 * One pattern of the time rules with what its scans need, made once (at module load) and passed to every
 * call: a pattern source built on each call was a fresh string of up to a few thousand characters that every
 * cache lookup had to flatten and hash.
 */
export class TimePattern {
  /** Start keys of the openings (see time-starts.ts), or null to scan the whole text, and the same as a table. */
  readonly keys: Int32Array | null;
  readonly keyTable: Uint8Array | null;
  /** Ids of the need words (see NeedSet), registered when the pattern is made. */
  readonly needIds: Int32Array | null;
  /** The compiled pattern, global and sticky, made on first use (a scan runs to its end before it returns). */
  private global: RegExp | null = null;
  private sticky: RegExp | null = null;

  /**
   * `need`, when given, must list lower-case strings at least one of which every match contains (in any case).
   * `openings`, when given, must list the first one or two characters (lower-case ASCII letters or digits) of
   * every match, and every match must begin at a word start (after no word character).
   */
  constructor(
    readonly source: string,
    readonly flags = 'gi',
    readonly need: readonly string[] | null = null,
    readonly openings: readonly string[] | null = null,
  ) {
    this.keys = openings ? startKeys(openings) : null;
    this.keyTable = this.keys ? keyMask(this.keys) : null;
    // A word not asked about before joins the set (the automaton is extended or rebuilt at the next text).
    for (const w of need ?? []) needs.add(w);
    this.needIds = need ? Int32Array.from(need, (w) => needs.id(w)) : null;
  }

  regex(sticky: boolean): RegExp {
    if (!sticky) return (this.global ??= new RegExp(this.source, this.flags));
    return (this.sticky ??= new RegExp(this.source, this.flags.includes('y') ? this.flags : this.flags + 'y'));
  }
}

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
 * Every match of a pattern in `text`, left to right, zero-length matches skipped. The pattern is a TimePattern,
 * or a source with its flags, need words and openings (as TimePattern takes them; made anew on every call).
 * The matches come as an array (a generator per scan, and another for each scan with openings, allocated more
 * than the scans did, and few scans match at all).
 */
export function matches(text: string, pattern: TimePattern): RegExpExecArray[];
export function matches(text: string, source: string, flags?: string, need?: readonly string[], openings?: readonly string[]): RegExpExecArray[];
export function matches(text: string, pattern: TimePattern | string, flags = 'gi', need?: readonly string[], openings?: readonly string[]): RegExpExecArray[] {
  const p = typeof pattern === 'string' ? new TimePattern(pattern, flags, need ?? null, openings ?? null) : pattern;
  const out: RegExpExecArray[] = [];
  if (p.needIds && !holds(text, p.needIds)) return out;
  if (p.keys) {
    fromStarts(text, p, p.keys, out);
    if (checking) {
      const found = out.map((m) => `${m.index}:${m[0]}`);
      const whole = [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g'))].filter((m) => m[0].length > 0).map((m) => `${m.index}:${m[0]}`);
      if (found.join('\n') !== whole.join('\n')) throw new Error(`openings ${p.openings?.join(',')} miss matches of ${p.source}: ${whole.filter((w) => !found.includes(w)).join('; ')}`);
    }
    return out;
  }
  const re = p.regex(false);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** `matches` tried at the word starts that open with one of the openings only, with a sticky copy of the pattern. */
function fromStarts(text: string, p: TimePattern, keys: Int32Array, out: RegExpExecArray[]): void {
  const at = wordStartsOf(text).candidates(keys, p.keyTable ?? undefined);
  if (at.length === 0) return;
  const re = p.regex(true);
  // The global scan resumes at the end of each match: candidates before it are passed over.
  let reached = 0;
  for (let j = 0; j < at.length; j++) {
    const q = at[j]!;
    if (q < reached) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    reached = q + m[0].length;
    out.push(m);
  }
}
