import { describe, expect, it } from 'vitest';
import { findReuse } from '../../src/link/index.js';
import { FLOOD_STORY, seed } from './helpers.js';

const PASSAGE =
  'The central bank raised its key interest rate by half a percentage point on Wednesday, citing persistent inflation in food and energy prices and a weaker currency that has pushed up the cost of imported goods.';

const FILLER_A =
  'Local farmers gathered at the county fair to show their prize pumpkins and discuss the summer drought. Children rode the carousel while volunteers sold lemonade for the school library fund. ';
const FILLER_B =
  'A new museum of maritime history opened near the harbour, with galleries about shipbuilding, whaling voyages and lighthouse keepers. Admission is free for the first month. ';

function slices(a: string, b: string) {
  return findReuse(a, b).map((p) => ({ a: a.slice(p.a.start, p.a.end), b: b.slice(p.b.start, p.b.end), s: p.similarity }));
}

describe('findReuse', () => {
  it('finds a verbatim passage with exact offsets into both texts', () => {
    const a = FILLER_A + PASSAGE + ' ' + FILLER_A;
    const b = FILLER_B + PASSAGE;
    const found = slices(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.a).toBe(found[0]!.b);
    expect(PASSAGE).toContain(found[0]!.a);
    expect(found[0]!.a.length).toBeGreaterThan(PASSAGE.length * 0.9);
    expect(found[0]!.s).toBe(1);
  });

  it('finds an edited passage (words changed, dropped, punctuation and quotes folded)', () => {
    const edited =
      'On Wednesday the central bank lifted its key interest rate by half a percentage point, citing “persistent” inflation in energy and food prices and a weaker currency which pushed up the cost of imported goods.';
    const found = slices(FILLER_A + PASSAGE, FILLER_B + edited);
    expect(found).toHaveLength(1);
    expect(found[0]!.a).toMatch(/central bank/);
    expect(found[0]!.b).toMatch(/imported goods/);
    expect(found[0]!.s).toBeGreaterThan(0.7);
  });

  it('finds reordered sentences as shared text', () => {
    const s1 = 'The storm knocked out power to forty thousand homes across the northern valley overnight.';
    const s2 = 'Utility crews from three neighbouring states were sent to restore electricity lines by Friday.';
    const s3 = 'Schools in the valley will stay closed until roads are cleared of fallen trees and debris.';
    const a = `${s1} ${s2} ${s3}`;
    const b = `${s3} ${s1} ${s2}`;
    const found = findReuse(a, b);
    const coveredA = found.reduce((n, p) => n + p.a.end - p.a.start, 0);
    expect(coveredA).toBeGreaterThan(a.length * 0.8);
    for (const p of found) expect(p.similarity).toBeGreaterThan(0.6);
  });

  it('finds one passage inside a long unrelated article', () => {
    const long = (FILLER_B.repeat(2) + FILLER_A.repeat(2)).repeat(3);
    const b = long + PASSAGE + ' ' + long;
    const found = findReuse(PASSAGE, b);
    expect(found).toHaveLength(1);
    const p = found[0]!;
    expect(p.b.start).toBeGreaterThanOrEqual(long.length);
    expect(p.b.end).toBeLessThanOrEqual(long.length + PASSAGE.length);
    expect(b.slice(p.b.start, p.b.end)).toBe(PASSAGE.slice(p.a.start, p.a.end));
  });

  it('returns nothing for texts that share no passage', () => {
    expect(findReuse(FILLER_A + FILLER_A, FILLER_B + FILLER_B)).toEqual([]);
    expect(findReuse('', PASSAGE)).toEqual([]);
    expect(findReuse('Short text.', 'Short text.')).toEqual([]);
  });

  it('finds word-level passages with the word-pair method too', () => {
    const a = FILLER_A + PASSAGE + ' ' + FILLER_A;
    const b = FILLER_B + PASSAGE;
    const found = findReuse(a, b, { method: 'words' });
    expect(found).toHaveLength(1);
    expect(a.slice(found[0]!.a.start, found[0]!.a.end)).toBe(b.slice(found[0]!.b.start, found[0]!.b.end));
  });

  it('finds a passage whose words were shuffled within sentences', () => {
    // Even-numbered words, then odd-numbered ones: no two neighbours stay neighbours.
    const shuffle = (s: string) => {
      const w = s.replace(/[.]$/, '').split(' ');
      return [...w.filter((_, i) => i % 2 === 0), ...w.filter((_, i) => i % 2 === 1)].join(' ') + '.';
    };
    const src = [
      'The regional council approved a new budget for public transport after a long debate on Tuesday evening.',
      'Bus fares will fall by ten percent for students and pensioners from the first of next month.',
      'Opposition members argued that the cuts to road maintenance would hurt rural villages most.',
    ];
    const a = FILLER_A + src.map(shuffle).join(' ') + ' ' + FILLER_A;
    const b = FILLER_B + src.join(' ') + ' ' + FILLER_B;
    const found = findReuse(a, b);
    expect(found).toHaveLength(1);
    expect(a.slice(found[0]!.a.start, found[0]!.a.end)).toContain('regional');
    expect(b.slice(found[0]!.b.start, found[0]!.b.end)).toContain('road maintenance');
    // Word pairs survive shuffling poorly.
    const byWords = findReuse(a, b, { method: 'words' });
    const covered = byWords.reduce((n, p) => n + p.b.end - p.b.start, 0);
    expect(covered).toBeLessThan(found[0]!.b.end - found[0]!.b.start);
  });

  it('treats a short text matching sentences all over a long one as a summary', () => {
    const story = FLOOD_STORY;
    const filler = 'Meanwhile the regional football league announced a new schedule for the spring season with more evening games. ';
    const source = story.map((s, i) => (i % 3 === 2 ? `${s} ${filler}` : `${s} `)).join('');
    const summary = 'Hundreds of residents of the old town fled homes flooded by heavy rain. The stone bridge might collapse, engineers warned. Railway tracks were under water and insurance claims may reach millions.';
    const a = FILLER_A + summary + ' ' + FILLER_B;
    const found = findReuse(a, source);
    expect(found.length).toBeGreaterThan(0);
    // Passages spanning much more of the source than of the summary, together covering most of it.
    expect(found.some((p) => p.b.end - p.b.start > 2 * (p.a.end - p.a.start))).toBe(true);
    const coveredB = found.reduce((n, p) => n + p.b.end - p.b.start, 0);
    expect(coveredB).toBeGreaterThan(0.5 * source.length);
    for (const p of found) {
      expect(p.a.start).toBeGreaterThanOrEqual(FILLER_A.length);
      expect(p.a.end).toBeLessThanOrEqual(FILLER_A.length + summary.length);
    }
  });

  it('finds the Contact Group passage between the two machine translations', () => {
    const a = seed('000');
    const b = seed('004');
    const found = findReuse(a, b);
    const hit = found.find((p) => a.slice(p.a.start, p.a.end).includes('Contact Group'));
    expect(hit).toBeDefined();
    expect(b.slice(hit!.b.start, hit!.b.end)).toContain('Contact Group');
    expect(b.slice(hit!.b.start, hit!.b.end)).toContain('Normandy format');
    // Two independent translations of one paragraph share about half their content words.
    expect(hit!.similarity).toBeGreaterThan(0.5);
    // The "open door" passage was worded differently by the two translators.
    expect(found.some((p) => /strengthen one's security/.test(b.slice(p.b.start, p.b.end)) && /open door/.test(a.slice(p.a.start, p.a.end)))).toBe(true);
  });
});
