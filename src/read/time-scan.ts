// Global regex scans for the time rules. Each pattern is compiled once, not on every call, and a pattern
// whose every match contains one of a few words (`need`) is not run over a text holding none of them: a
// substring search costs far less than a scan with a pattern that starts with a long alternation.

const compiled = new Map<string, RegExp>();

/** The last text lower-cased (the rules of one call share it). */
let lowered = { text: '', lower: '' };

/** Whether `text` holds one of `words` (lower-case), ignoring the case of ASCII letters. */
function holds(text: string, words: readonly string[]): boolean {
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  return words.some((w) => lowered.lower.includes(w));
}

/**
 * Every match of `source` in `text`, left to right, zero-length matches skipped. `need`, when given, must list
 * lower-case strings at least one of which every match contains (in any case).
 */
export function* matches(text: string, source: string, flags = 'gi', need?: readonly string[]): Generator<RegExpExecArray> {
  if (need && !holds(text, need)) return;
  const id = `${flags}/${source}`;
  let shared = compiled.get(id);
  if (!shared) {
    shared = new RegExp(source, flags);
    compiled.set(id, shared);
  }
  // A copy shares the compiled pattern but keeps its own lastIndex, so scans may nest.
  const re = new RegExp(shared);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}
