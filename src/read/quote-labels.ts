// Attributions marked by layout rather than by a verb: a speaker label opening a line ("WALLACE: …" in a
// transcript, "Pat Caddell: Voters worried…" as a headline) and a byline-style dash after a quote
// (“…” ― Sonya Herridge). The cue is the colon or the dash itself, as PolNeAR annotates them. A headline in
// title case whose verb is a cue ("Morton Blackwell Endorses Ted Cruz") is read here too.

import type { Span } from '../types.js';
import { CUE_WORDS } from './lexicon/cues.js';

export interface LabelAttribution {
  source: Span;
  cue: Span;
  content: Span;
}

/** Words that open a headline with a colon without naming who speaks ("The Latest: …", "Watch: …"). */
const NOT_SPEAKERS = new Set([
  'the latest', 'latest', 'breaking', 'breaking news', 'watch', 'video', 'photos', 'exclusive', 'update', 'updated',
  'correction', 'editor’s note', "editor's note", 'paid notice', 'contributing', 'related', 'live', 'opinion',
  'analysis', 'fact check', 'read', 'revealed', 'wow', 'note', 'byline', 'source', 'sources', 'q', 'a', 'transcript',
  'video transcript', 'listen', 'see', 'also', 'more', 'follow', 'warning', 'reminder', 'recap', 'timeline',
]);

/** A headline closed by its source in title case: "Clean Energy Could Work, Lindsey Graham Says". */
const HEADLINE_SAYS = /^(.{12,}?),\s+(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) (Says|Said|Warns|Claims|Insists|Argues|Tells \p{Lu}\p{L}+)\.?\s*$/u;

/** A capitalised name of one to four words, then a colon and text on the same line. */
const LABEL_LINE = /^([“"]?)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}):[ \t]+(?=\S)/u;

/** The speaker labels of a text: "NAME: …" lines in capitals when at least two such lines make it a
 * transcript, and a first line (the headline) of the form "Name: …". The content is the rest of the line;
 * a headline's final period is dropped, as a title has none. */
export function findLabels(text: string): LabelAttribution[] {
  const out: LabelAttribution[] = [];
  const caps: LabelAttribution[] = [];
  let lineStart = 0;
  let first = true;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) {
      // Only lines that may hold a label are matched: a capital (after an optional quote mark) opens them.
      const c = text[lineStart] === '"' || text[lineStart] === '“' ? text[lineStart + 1] : text[lineStart];
      const head = Math.min(lineEnd, lineStart + 60);
      let colon = lineStart;
      while (colon < head && text.charCodeAt(colon) !== 58) colon++;
      const m = c && c !== c.toLowerCase() && colon < head ? LABEL_LINE.exec(text.slice(lineStart, head)) : null;
      const says = first && !m ? HEADLINE_SAYS.exec(text.slice(lineStart, lineEnd)) : null;
      if (says) {
        const contentEnd = lineStart + says[1]!.length;
        const srcStart = contentEnd + says[0].slice(says[1]!.length).indexOf(says[2]!);
        const cueStart = srcStart + says[2]!.length + 1;
        out.push({ content: { start: lineStart, end: contentEnd }, source: { start: srcStart, end: srcStart + says[2]!.length }, cue: { start: cueStart, end: cueStart + says[3]!.length } });
      }
      if (m) {
        const name = m[2]!;
        const srcStart = lineStart + m[1]!.length;
        const colon = srcStart + name.length;
        const allCaps = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
        let end = lineEnd;
        while (end > colon && /\s/.test(text[end - 1]!)) end--;
        // A line opened by a quote mark may close it at its end: the mark is not the speaker's words.
        if (m[1] && /["”]/.test(text[end - 1]!)) end--;
        const label = { source: { start: srcStart, end: colon }, cue: { start: colon, end: colon + 1 }, content: { start: lineStart + m[0].length, end } };
        if (!NOT_SPEAKERS.has(name.toLowerCase())) {
          if (allCaps && name.length > 1) caps.push(label);
          else if (first) {
            if (text[label.content.end - 1] === '.') label.content.end--;
            out.push(label);
          }
        }
      }
      first = false;
    }
    lineStart = lineEnd + 1;
  }
  if (caps.length >= 2) out.push(...caps);
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** “…” ― Name: a dash and a name closing the quote's line, as under an epigraph or a collected comment.
 * `pos` is just after the closing mark. */
export function dashAttribution(text: string, pos: number): { source: Span; cue: Span } | null {
  const m = /^[ \t\u00a0]*([―—–]|--?)[ \t\u00a0]*(\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|la|van|von|del|da)){0,4})[ \t\u00a0]*[.,]?[ \t\u00a0]*(?:\n|$)/u.exec(text.slice(pos, pos + 80));
  if (!m) return null;
  const cueStart = pos + m[0].indexOf(m[1]!);
  const srcStart = pos + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  let srcEnd = srcStart + m[2]!.length;
  if (text[srcEnd - 1] === '.' && !/\b\p{Lu}\.$/u.test(text.slice(srcStart, srcEnd))) srcEnd--;
  return { cue: { start: cueStart, end: cueStart + m[1]!.length }, source: { start: srcStart, end: srcEnd } };
}

/** A line in title case: at least four words, nearly all capitalised (a headline). */
function titleCase(line: string): boolean {
  // Quick test first (every short line comes here): the second word of a headline is capitalised too.
  if (!SECOND_CAPITAL.test(line)) return false;
  const words = line.match(/[\p{L}’']+/gu);
  if (!words || words.length < 4) return false;
  let caps = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) caps++;
  return caps / words.length >= 0.75;
}

const SECOND_CAPITAL = /^\S+\s+[“"‘']?\p{Lu}/u;
const HEADLINE_WORD = /(?<![\p{L}’'])(\p{Lu}[a-z]+)(?![\p{L}’'])/gu;

/** A headline whose verb is a cue: "Conservative Icon Morton Blackwell Endorses Ted Cruz." → source
 * "Conservative Icon Morton Blackwell", cue "Endorses", content "Ted Cruz". The source runs from the line's
 * start (after a kicker such as "FIX IS IN:") to the verb, in title case; the content is the rest of the line
 * up to a colon or its final period. Only finite forms (-s, -ed) are verbs in a headline. */
export function findHeadlineCues(text: string): LabelAttribution[] {
  const out: LabelAttribution[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.length > 20 && line.length < 200 && titleCase(line)) {
      const kicker = /^[^:]{1,40}:\s+/.exec(line)?.[0].length ?? 0;
      HEADLINE_WORD.lastIndex = kicker;
      for (let m = HEADLINE_WORD.exec(line); m; m = HEADLINE_WORD.exec(line)) {
        const word = m[1]!.toLowerCase();
        if (!CUE_WORDS.has(word) || !/(?:[^s]s|ed)$/.test(word)) continue;
        const src = line.slice(kicker, m.index).trimEnd();
        // The source: one to six capitalised words (a name with its title), nothing else.
        if (!/^\p{Lu}[\p{L}.’'-]*(?: (?:\p{Lu}[\p{L}.’'-]*|of|for|the)){0,5}$/u.test(src)) break;
        const rest = line.slice(m.index + m[1]!.length);
        const body = /^\s+([^:]+?)\s*[.!?]?["”’']?\s*$/.exec(rest) ?? /^\s+([^:]+?):/.exec(rest);
        if (!body || !/\s/.test(body[1]!.trim())) break;
        const cs = lineStart + m.index + m[1]!.length + rest.indexOf(body[1]!);
        out.push({
          source: { start: lineStart + kicker, end: lineStart + kicker + src.length },
          cue: { start: lineStart + m.index, end: lineStart + m.index + m[1]!.length },
          content: { start: cs, end: cs + body[1]!.length },
        });
        break;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
