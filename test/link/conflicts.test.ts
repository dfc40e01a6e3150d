import { describe, expect, it } from 'vitest';
import { alignClaims, findConflicts } from '../../src/link/index.js';
import { readFacts } from '../../src/link/conflicts.js';
import type { ClaimCluster } from '../../src/types.js';
import { seed, sentences } from './helpers.js';

/** Two one-sentence articles whose sentences form one claim cluster. */
function pair(a: string, b: string) {
  const articles = [
    { id: 'a', text: a },
    { id: 'b', text: b },
  ];
  const clusters: ClaimCluster[] = [
    { members: [{ article: 'a', sentence: { start: 0, end: a.length } }, { article: 'b', sentence: { start: 0, end: b.length } }], cohesion: 0.8 },
  ];
  return findConflicts(clusters, articles);
}

describe('readFacts', () => {
  it('reads counts with what they count, dates and named sources', () => {
    const f = readFacts('The attack killed 1,200 people and wounded twelve soldiers on Monday, February 17, 2022, the ministry said.');
    expect(f.numbers.map((q) => [q.value, q.unitForm])).toEqual([
      [1200, 'people'],
      [12, 'soldiers'],
    ]);
    expect(f.dates).toEqual([
      { kind: 'weekday', value: 'monday' },
      { kind: 'day', value: 'february 17' },
      { kind: 'year', value: '2022' },
    ]);
    expect(f.sources).toEqual(['ministry']);
    expect(readFacts('According to Deputy Foreign Minister Sergei Ryabkov, talks will resume.').sources).toEqual(['deputy foreign minister sergei ryabkov']);
  });
});

describe('findConflicts', () => {
  it('finds a different count of the same thing', () => {
    const found = pair('The blast killed 12 people in the capital, police said.', 'The blast in the capital killed 15 people, police said.');
    expect(found).toEqual([
      {
        kind: 'number',
        values: ['12 people', '15 people'],
        members: [
          { article: 'a', sentence: { start: 0, end: 55 } },
          { article: 'b', sentence: { start: 0, end: 55 } },
        ],
      },
    ]);
  });

  it('finds a different day and a different source', () => {
    const found = pair(
      'Russia expelled the deputy US ambassador on Monday, the ministry said.',
      'Russia expelled the deputy US ambassador on Tuesday, the embassy said.',
    );
    expect(found.map((c) => [c.kind, c.values])).toEqual([
      ['date', ['monday', 'tuesday']],
      ['attribution', ['embassy', 'ministry']],
    ]);
  });

  it('does not report agreeing or incomparable values', () => {
    // Same count spelled differently; a weekday is not compared with a day of a month; one source named in full and short.
    expect(pair('Twelve people were killed on Monday, Ryabkov said.', 'The attack killed 12 people on February 14, Sergei Ryabkov said.')).toEqual([]);
    // Different things counted are not a conflict.
    expect(pair('The strike killed 12 people.', 'The strike destroyed 15 buildings.')).toEqual([]);
    // Sentences of one article never conflict with each other.
    const text = 'The blast killed 12 people. The blast killed 15 people.';
    const one: ClaimCluster = {
      members: [
        { article: 'a', sentence: { start: 0, end: 27 } },
        { article: 'a', sentence: { start: 28, end: text.length } },
      ],
      cohesion: 1,
    };
    expect(findConflicts([one], [{ id: 'a', text }])).toEqual([]);
  });

  it('runs on the claim clusters of the two seeds', () => {
    const articles = [
      { id: '000', text: seed('000'), sentences: sentences(seed('000')) },
      { id: '004', text: seed('004'), sentences: sentences(seed('004')) },
    ];
    const conflicts = findConflicts(alignClaims(articles), articles);
    for (const c of conflicts) {
      expect(new Set(c.members.map((m) => m.article)).size).toBe(2);
      expect(c.values.length).toBeGreaterThanOrEqual(2);
    }
  });
});
