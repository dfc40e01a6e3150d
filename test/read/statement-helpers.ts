// Test helpers: sentence spans and actor mentions made from a small name table, so the statement tests do
// not depend on the actor finder.
import type { Actor, Mention, Quote, Span } from '../../src/types.js';

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let line: RegExpExecArray | null;
  while ((line = re.exec(text)) !== null) {
    const parts = line[0].split(/(?<=[.!?])\s+/);
    let offset = line.index;
    for (const p of parts) {
      const start = text.indexOf(p, offset);
      const lead = p.length - p.trimStart().length;
      const s = start + lead;
      const e = start + p.trimEnd().length;
      if (e > s) out.push({ start: s, end: e });
      offset = start + p.length;
    }
  }
  return out;
}

/** Names (longest first) mapped to actor ids. */
export const NAMES: [string, string][] = [
  ['Russian Foreign Ministry', 'russia-foreign-ministry'],
  ['Foreign Ministry', 'russia-foreign-ministry'],
  ['US State Department', 'united-states'],
  ['State Department', 'united-states'],
  ['United States', 'united-states'],
  ['Washington', 'united-states'],
  ['American side', 'united-states'],
  ['Deputy US Ambassador Bart Gorman', 'bart-gorman'],
  ['Russian side', 'russia'],
  ['Russia', 'russia'],
  ['Moscow', 'russia'],
  ['Russian', 'russia'],
  ['NATO', 'nato'],
  ['alliance', 'nato'],
  ['Ukraine', 'ukraine'],
  ['Kiev', 'ukraine'],
  ['US', 'united-states'],
  ['Kortunov', 'andrey-kortunov'],
];

export function mentionsOf(text: string, names: [string, string][] = NAMES): { actors: Actor[]; mentions: Mention[] } {
  const mentions: Mention[] = [];
  for (const [name, id] of names) {
    const re = new RegExp(`(?<![\\w-])${name}(?![\\w])`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const s = m.index;
      const e = s + name.length;
      if (!mentions.some((o) => s < o.end && o.start < e)) mentions.push({ start: s, end: e, actor: id });
    }
  }
  const ids = [...new Set(mentions.map((m) => m.actor))];
  const actors: Actor[] = ids.map((id) => ({ id, name: id, type: 'organization', kind: 'other', aliases: [], roles: [], code: null, partOf: null }));
  return { actors, mentions: mentions.sort((a, b) => a.start - b.start) };
}

export function noQuotes(): Quote[] {
  return [];
}
