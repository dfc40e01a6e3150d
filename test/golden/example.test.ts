// What the bundled example must show (README "What the example shows"), and the golden dossier.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierSchema, type Dossier, type DossierStory } from '../../src/dossier/index.js';
import { exampleDossier, GOLDEN_DOSSIER } from './example.js';
import { assertValidDossier } from '../support/validate-dossier.js';

let dossier: Dossier;
let story: DossierStory;
const RT = 'examples/security-guarantees/004_d99e5f2553e52203.txt';
const AGG = 'examples/security-guarantees/000_e65738cb91f1e9d0.txt';

beforeAll(async () => {
  dossier = await exampleDossier();
  story = dossier.stories[0]!;
});

const claimsWith = (needle: RegExp) => story.claims.filter((c) => c.evidence.some((e) => needle.test(e.text)));

describe('the example dossier', () => {
  it('validates against the zod validators and the published JSON Schema', () => {
    expect(() => dossierSchema.parse(dossier)).not.toThrow();
    expect(() => assertValidDossier(JSON.parse(JSON.stringify(dossier)))).not.toThrow();
  });

  it('fails the published JSON Schema when a required field is missing', () => {
    const broken = JSON.parse(JSON.stringify(dossier)) as { stories: Record<string, unknown>[] };
    delete broken.stories[0]!.claims;
    expect(() => assertValidDossier(broken)).toThrow(/claims/);
  });

  it('holds one story with both articles', () => {
    expect(dossier.stories).toHaveLength(1);
    expect(story.articles).toEqual([AGG, RT]);
  });

  it('has no page chrome in the extracted texts', () => {
    const all = dossier.articles.map((a) => a.text).join('\n');
    for (const chrome of ['Home »', 'by alex', 'Photo: Alexey Kudenko', 'You may also like', 'Leave a Comment', 'Also on russian.rt.com']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('finds the Contact Group / Normandy passage shared by both translations', () => {
    const reuse = story.reuse.find((r) => r.a === AGG && r.b === RT)!;
    expect(reuse).toBeDefined();
    expect(reuse.passages.some((p) => /Contact Group/.test(p.textA) && /Contact Group/.test(p.textB))).toBe(true);
    expect(reuse.passages.some((p) => /Normandy format/.test(p.textA) && /Normandy format/.test(p.textB))).toBe(true);
  });

  it('lists claims both outlets carry and claims only one carries', () => {
    const contact = claimsWith(/Contact Group/);
    expect(contact.some((c) => c.outlets.length === 2)).toBe(true);
    for (const only of [/Gorman/, /Kortunov/]) {
      const claims = claimsWith(only);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.outlets).toEqual(['Scraped aggregator']);
    }
    const bucharest = claimsWith(/Bucharest formula/);
    expect(bucharest.length).toBeGreaterThan(0);
    for (const c of bucharest) expect(c.outlets).toEqual(['RT']);
    expect(story.shared.length).toBeGreaterThan(0);
    expect(story.unique.find((u) => u.outlet === 'RT')!.claims.length).toBeGreaterThan(0);
  });

  it('attributes quotes to the Russian Foreign Ministry and to Andrey Kortunov', () => {
    const speakers = story.quotes.map((q) => q.speaker);
    expect(speakers).toContain('russian-foreign-ministry');
    expect(speakers).toContain('andrey-kortunov');
    const ministry = story.quotes.find((q) => q.speaker === 'russian-foreign-ministry')!;
    expect(new Set(ministry.quotes.map((q) => q.article))).toEqual(new Set([AGG, RT]));
    const kortunov = story.quotes.find((q) => q.speaker === 'andrey-kortunov')!;
    expect(kortunov.quotes.some((q) => /I admit/.test(q.text))).toBe(true);
  });

  it('relates the ministry to Russia as documented', () => {
    const ministry = story.actors.find((a) => a.id === 'russian-foreign-ministry')!;
    expect(ministry.partOf).toBe('russia');
    expect(ministry.aliases).toEqual(expect.arrayContaining(['Foreign Ministry']));
    const russia = story.actors.find((a) => a.id === 'russia')!;
    expect(russia.name).toBe('Russia');
    expect(russia.code).toBe('RU');
    // Capital-for-government rule: "Moscow objected" is Russia speaking.
    expect(russia.aliases).toEqual(expect.arrayContaining(['Moscow', 'the Russian side']));
    expect(story.quotes.find((q) => q.speaker === 'russia')!.quotes.some((q) => /American side is trying/.test(q.text))).toBe(true);
  });

  it('dates the four key events', () => {
    const on = (date: string, needle: RegExp) => story.timeline.some((t) => t.date === date && (needle.test(t.text) || t.sources.some((s) => needle.test(s.text))));
    expect(on('2021-12-17', /draft treaties/)).toBe(true);
    expect(on('2022-01-26', /written response/)).toBe(true);
    expect(on('2022-02-15', /publish this document|clarified/)).toBe(true);
    expect(on('2022-02-17', /State Department confirmed receipt/)).toBe(true);
  });

  it('matches the reviewed golden dossier (regenerate with npm run golden)', () => {
    const golden = JSON.parse(readFileSync(GOLDEN_DOSSIER, 'utf8')) as Dossier;
    expect(JSON.parse(JSON.stringify(dossier))).toEqual(golden);
  });
});
