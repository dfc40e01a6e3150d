// Held-out named-entity check of read/actors on real news text the rules were not written against.
// bench/ner-heldout/annotations.json holds only annotations (path, offsets, type); the texts are read from
// the shared evaluation data by path, so nothing of them is copied into the repository. Scored like
// bench/ner.ts (entity-level exact match, mentions typed by their actor), per split: "tune" documents
// may be looked at to improve the rules, "check" documents are not. Usage: run('../shared/data') → Markdown.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { f1, scoreNer } from './ner.js';
import type { Entity, EntityType, NerCounts, NerDoc } from './ner.js';

export interface HeldoutEntry {
  /** Path under the data root. */
  path: string;
  /** For JSON-lines files: the record whose `key` equals `value`, and the `field` that holds the text. */
  key?: string;
  value?: string;
  field?: string;
  /** First 16 hex digits of the text's SHA-256, to notice a different copy of the data. */
  sha256: string;
  split: 'tune' | 'check';
  entities: Array<[number, number, EntityType]>;
}

export const HELDOUT_ANNOTATIONS = join(dirname(fileURLToPath(import.meta.url)), 'ner-heldout/annotations.json');

export function loadHeldoutEntries(file = HELDOUT_ANNOTATIONS): HeldoutEntry[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { docs: HeldoutEntry[] }).docs;
}

/** The text an entry annotates, read from the data root; throws if it is missing or differs. */
export function heldoutText(root: string, e: HeldoutEntry): string {
  const raw = readFileSync(join(root, e.path), 'utf8');
  let text: string | undefined;
  if (!e.key) text = raw;
  else {
    for (const line of raw.split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as Record<string, unknown>;
      if (String(rec[e.key]) === e.value) {
        text = rec[e.field ?? 'text'] as string | undefined;
        break;
      }
    }
  }
  if (typeof text !== 'string') throw new Error(`ner-heldout: no text for ${e.path} ${e.value ?? ''}`);
  const sha = createHash('sha256').update(text).digest('hex').slice(0, 16);
  if (sha !== e.sha256) throw new Error(`ner-heldout: ${e.path} ${e.value ?? ''} is not the annotated text (sha256 ${sha})`);
  return text;
}

export function heldoutDocs(root: string, entries = loadHeldoutEntries()): Array<NerDoc & { name: string; split: 'tune' | 'check' }> {
  return entries.map((e) => ({
    name: e.value ? `${e.path}#${e.value}` : e.path,
    split: e.split,
    text: heldoutText(root, e),
    entities: e.entities.map(([start, end, type]): Entity => ({ start, end, type })),
  }));
}

const TYPES = ['PER', 'ORG', 'LOC', 'all'] as const;

export async function run(dataPath: string): Promise<string> {
  if (!dataPath) throw new Error('usage: npm run bench -- ner-heldout <data root, e.g. ../shared/data>');
  const docs = heldoutDocs(dataPath);
  // NER_ERRORS=1 lists each miss and false entity (tune split only unless NER_ERRORS=all) on stderr.
  const show = process.env['NER_ERRORS'];
  const lines = [
    `## Named entities from read, held-out sample: ${docs.length} real news texts, ${docs.reduce((n, d) => n + d.entities.length, 0)} hand-annotated entities, entity-level exact match`,
    '',
    '| split | type | gold | predicted | P | R | F1 |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const split of ['tune', 'check', 'both'] as const) {
    const part = docs.filter((d) => split === 'both' || d.split === split);
    const report =
      show && (show === 'all' || split === 'tune')
        ? (kind: string, doc: NerDoc, e: Entity): void => {
            const ctx = doc.text.slice(Math.max(0, e.start - 30), e.end + 30).replace(/\s+/g, ' ');
            process.stderr.write(`${kind}\t${e.type}\t${doc.text.slice(e.start, e.end)}\t…${ctx}…\n`);
          }
        : undefined;
    const counts: Record<(typeof TYPES)[number], NerCounts> = scoreNer(part, split === 'both' ? undefined : report);
    for (const t of TYPES) {
      const c = counts[t];
      const { p, r, f } = f1(c);
      lines.push(`| ${split} (${part.length}) | ${t} | ${c.gold} | ${c.predicted} | ${p.toFixed(1)} | ${r.toFixed(1)} | ${t === 'all' ? `**${f.toFixed(1)}**` : f.toFixed(1)} |`);
    }
  }
  return lines.join('\n');
}
