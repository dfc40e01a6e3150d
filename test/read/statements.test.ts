import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/read/statements.js';
import type { Quote, Statement } from '../../src/types.js';
import { mentionsOf, splitSentences } from '../fixtures/read/statements/helpers.js';

interface Case {
  family: string;
  text: string;
  quote?: { content: string; speaker: string };
  expect: (Partial<Omit<Statement, 'trigger' | 'sentence'>> & { trigger: string })[];
}

const cases = JSON.parse(readFileSync(new URL('../fixtures/read/statements/cases.json', import.meta.url), 'utf8')) as Case[];

function analyse(text: string, quotes: Quote[] = []) {
  const { actors, mentions } = mentionsOf(text);
  return findStatements(text, splitSentences(text), actors, mentions, quotes).map((s) => ({ ...s, word: text.slice(s.trigger.start, s.trigger.end) }));
}

describe('findStatements by family', () => {
  for (const c of cases) {
    it(c.family, () => {
      const quotes: Quote[] = [];
      if (c.quote) {
        const start = c.text.indexOf(c.quote.content);
        quotes.push({ source: null, cue: null, content: { start, end: start + c.quote.content.length }, speaker: c.quote.speaker, direct: true });
      }
      const found = analyse(c.text, quotes);
      for (const { trigger, ...fields } of c.expect) {
        const s = found.find((f) => f.word === trigger);
        expect(s, `statement for "${trigger}" in ${JSON.stringify(found.map((f) => f.word))}`).toBeDefined();
        expect(s).toMatchObject(fields);
      }
    });
  }

  it('one statement per trigger, with the sentence span around it', () => {
    const text = 'Russia denied it. NATO accused Russia.';
    const found = analyse(text);
    expect(found.map((s) => s.word)).toEqual(['denied', 'accused']);
    expect(text.slice(found[1]!.sentence.start, found[1]!.sentence.end)).toBe('NATO accused Russia.');
  });

  it('releasing a document is not RETREAT, recalling a fact is not a withdrawal', () => {
    const found = analyse('The Foreign Ministry releases its reaction. The ministry recalled that the talks failed.');
    expect(found.filter((s) => s.type === 'RETREAT')).toEqual([]);
  });
});

const seed = (name: string) => readFileSync(new URL(`../../examples/security-guarantees/${name}`, import.meta.url), 'utf8');

describe('findStatements on the seed articles', () => {
  it('000: denial, demand with target, conditional threat, expulsion', () => {
    const found = analyse(seed('000_e65738cb91f1e9d0.txt'));
    const invasions = found.filter((s) => s.type === 'ASSAULT' && /invasion/i.test(s.word));
    expect(invasions.length).toBeGreaterThan(0);
    expect(invasions.every((s) => s.negated)).toBe(true);
    expect(found).toContainEqual(expect.objectContaining({ type: 'REJECT', word: 'denied', actor: 'russia' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'DEMAND', word: 'called on', actor: 'russia', target: 'united-states' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'THREATEN', actor: 'russia', modality: 'conditional' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'SANCTION', word: 'expelled', target: 'bart-gorman' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'AGREE', word: 'invited', actor: 'russia', target: 'united-states' }));
  });

  it('004: no plans to invade is not an asserted invasion; conditional threat; demand', () => {
    const found = analyse(seed('004_d99e5f2553e52203.txt'));
    expect(found).toContainEqual(expect.objectContaining({ type: 'ASSAULT', word: 'invade', actor: 'russia', negated: true }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'THREATEN', word: 'forced to respond', modality: 'conditional' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'DEMAND', word: 'called on', actor: 'russia-foreign-ministry', target: 'united-states' }));
  });
});

describe('findStatements properties', () => {
  it('never throws and keeps spans inside the text and sentence', () => {
    const pieces = fc.constantFrom('Russia ', 'NATO ', 'denied ', 'called on ', 'the US ', 'to withdraw ', 'if ', 'not ', '. ', '“', '”', 'was expelled ', 'invasion');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), pieces), { maxLength: 15 }), (parts) => {
        const text = parts.join('');
        for (const s of analyse(text)) {
          expect(s.trigger.start).toBeGreaterThanOrEqual(s.sentence.start);
          expect(s.trigger.end).toBeLessThanOrEqual(s.sentence.end);
          expect(['asserted', 'possible', 'intended', 'conditional', 'demanded']).toContain(s.modality);
        }
      }),
      { numRuns: 200 },
    );
  });
});
