// Findings placed "in" a poll or survey: "In a new Fox News poll released Thursday, Trump leads …" and
// "Trump leads by 57 percent to 33 percent in the 50-state poll." PolNeAR annotates these as attributions
// whose cue is the preposition "in", whose source is the poll's whole phrase (with "released Monday",
// "last month", ", conducted in May,") and whose content is the finding.

import type { Span } from '../types.js';

export interface PollFinding {
  source: Span;
  cue: Span;
  content: Span;
}

/** A phrase naming a poll or survey: a determiner or name first, its head noun somewhere in it. */
const POLL_PHRASE = /^(?:(?:a|an|the|this|that|our|its|his|her|their|one|another|\p{Lu}[\p{L}.'’-]*)\s+)(?:(?!(?:before|after|to|for|with|at|on|of|in|by|from|and|or|that|who|which|when|where)\s)[^\s,.;:!?"“”]+\s+){0,9}?(?:polls?|surveys?|poll(?:ing)? averages?|average of [^,.;]{3,40}?(?:polls|surveys))\b/u;
/** What may follow the poll's head noun inside its phrase: when and by whom it was taken. */
const POLL_TAIL = /^(?:\s+(?:(?:released|conducted|taken|published|out|from|by|of|last|this|earlier|on)\b[^,.;:!?"“”]{0,50}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:the same|last|this) (?:week|month|year)))?(?:,\s+(?:conducted|released|taken|published)\b[^,.;:!?"“”]{0,50},)?/u;

/** The poll attributions of one sentence `s` of `text`. */
export function findPollFindings(text: string, s: Span): PollFinding[] {
  const str = text.slice(s.start, s.end);
  if (!/\b(?:polls?|surveys?|average)\b/.test(str)) return [];
  const out: PollFinding[] = [];
  for (const m of str.matchAll(/(?<![\p{L}])([Ii]n)\s+/gu)) {
    const at = m.index + m[0].length;
    const p = POLL_PHRASE.exec(str.slice(at));
    if (!p) continue;
    const tail = POLL_TAIL.exec(str.slice(at + p[0].length))![0];
    const srcEnd = at + p[0].length + tail.length;
    const after = str.slice(srcEnd);
    const cue = { start: s.start + m.index, end: s.start + m.index + m[1]!.length };
    const source = { start: s.start + at, end: s.start + srcEnd };
    const lead = str.slice(0, m.index);
    if (/^[\s“"]*$/.test(lead)) {
      // In POLL, CLAUSE.
      // The comma closing ", conducted in May," belongs to the source.
      const comma = (tail.endsWith(',') ? /^\s+/ : /^\s*,\s+/).exec(after);
      if (!comma) continue;
      out.push({ cue, source, content: { start: source.end + comma[0].length, end: s.end } });
    } else if (/^\s*[.!?]?["”]?\s*$/.test(after) && !/[,;:]\s*$/.test(lead) && /\p{L}/u.test(lead)) {
      // CLAUSE in POLL.  The clause starts after an adverbial that opens the sentence ("In March, …").
      const opener = /^\s*(?:\p{Lu}[\p{Lu}\s.,'-]+(?:\([^)]*\))?\s*[—–-]+\s*)?(?:(?:In|On|At|By|As of|Since|After|Before|During)\s[^,]{1,30},\s+)?/u.exec(lead)![0].length;
      out.push({ cue, source, content: { start: s.start + opener, end: cue.start } });
    }
  }
  return out;
}
