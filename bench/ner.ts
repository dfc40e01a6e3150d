// Named-entity check of read/actors: hand-annotated news excerpts (test/fixtures/read/ner/*.json, each
// {text, entities: [{start, end, type: PER|ORG|LOC}]}) go through `read`, and every mention that names an
// entity (capitalised surface, not a description like "the ministry" or "Russian side") is typed by its
// actor (person → PER, organization → ORG, location → LOC) and scored entity-level exact: same start, end
// and type. Only sentences and actors are run (read() passes them on unchanged), so the score does not
// depend on the later read steps. Usage: run('') (fixtures) or run(dir) → Markdown.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findActors, splitSentences } from '../src/read/index.js';
import type { Reading } from '../src/types.js';

export type EntityType = 'PER' | 'ORG' | 'LOC';
export interface Entity {
  start: number;
  end: number;
  type: EntityType;
}
export interface NerDoc {
  text: string;
  entities: Entity[];
}
export interface NerCounts {
  gold: number;
  predicted: number;
  correct: number;
}

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC'];
const BY_ACTOR_TYPE: Record<string, EntityType | undefined> = { person: 'PER', organization: 'ORG', location: 'LOC' };

export const NER_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/read/ner');

/** The named entities a reading asserts: mentions with a name-like surface, typed by their actor. */
export function entitiesOf(text: string, reading: Pick<Reading, 'actors' | 'mentions'>): Entity[] {
  const types = new Map(reading.actors.map((a) => [a.id, BY_ACTOR_TYPE[a.type]]));
  const out: Entity[] = [];
  for (const m of reading.mentions) {
    const type = types.get(m.actor);
    const surface = text.slice(m.start, m.end);
    if (!type || !/^[\p{Lu}\p{N}]/u.test(surface)) continue;
    // Descriptions ("The ministry", "Russian side") refer to an entity but do not name it.
    if (/^The \p{Ll}/u.test(surface) || /\s\p{Ll}+$/u.test(surface)) continue;
    out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

export function loadNerDocs(dir = NER_FIXTURES): Array<NerDoc & { name: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as NerDoc) }));
}

export function scoreNer(docs: NerDoc[], onError?: (kind: 'MISS' | 'FALSE', doc: NerDoc, e: Entity) => void): Record<EntityType | 'all', NerCounts> {
  const counts = Object.fromEntries([...TYPES, 'all'].map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<EntityType | 'all', NerCounts>;
  for (const doc of docs) {
    const predicted = entitiesOf(doc.text, findActors(doc.text, splitSentences(doc.text)));
    const key = (e: Entity): string => `${e.start}:${e.end}:${e.type}`;
    const gold = new Set(doc.entities.map(key));
    const pred = new Set(predicted.map(key));
    for (const e of doc.entities) {
      counts[e.type].gold++;
      counts.all.gold++;
      if (!pred.has(key(e))) onError?.('MISS', doc, e);
    }
    for (const e of predicted) {
      counts[e.type].predicted++;
      counts.all.predicted++;
      if (gold.has(key(e))) {
        counts[e.type].correct++;
        counts.all.correct++;
      } else onError?.('FALSE', doc, e);
    }
  }
  return counts;
}

export function f1(c: NerCounts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.correct / c.predicted : 0;
  const r = c.gold ? c.correct / c.gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}

export async function run(dataPath: string): Promise<string> {
  const docs = loadNerDocs(dataPath || NER_FIXTURES);
  // NER_ERRORS=1 lists each miss and false entity on stderr.
  const report = process.env['NER_ERRORS']
    ? (kind: string, doc: NerDoc, e: Entity): void => void process.stderr.write(`${kind}\t${e.type}\t${doc.text.slice(e.start, e.end)}\n`)
    : undefined;
  const counts = scoreNer(docs, report);
  const lines = [
    `## Named entities from read (actors + mentions): ${docs.length} hand-annotated excerpts, entity-level exact match`,
    '',
    '| type | gold | predicted | P | R | F1 |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const t of [...TYPES, 'all'] as const) {
    const c = counts[t];
    const { p, r, f } = f1(c);
    lines.push(`| ${t} | ${c.gold} | ${c.predicted} | ${p.toFixed(1)} | ${r.toFixed(1)} | **${f.toFixed(1)}** |`);
  }
  return lines.join('\n');
}
