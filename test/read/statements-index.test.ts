import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingKeys, matchRules, RULES } from '../../src/read/statement-index.js';
import { TRIGGERS } from '../../src/read/statement-lexicon.js';

/** What matchRules must reproduce: each rule's global regex over the whole string, rule by rule. */
function fullScan(s: string): { rule: number; start: number; end: number }[] {
  const out: { rule: number; start: number; end: number }[] = [];
  TRIGGERS.forEach((t, rule) => {
    const re = new RegExp(`(?<![\\w-])(?:${t.pattern})(?![\\w-])`, 'gi');
    for (const m of s.matchAll(re)) if (m[0].length > 0) out.push({ rule, start: m.index, end: m.index + m[0].length });
  });
  return out;
}

describe('leadingKeys', () => {
  it('expands literals, groups, optional parts and classes', () => {
    expect([...(leadingKeys('(?:stopp(?:ed)?|shun)\\s+work') ?? [])].sort()).toEqual(['shu', 'sto']);
    expect([...(leadingKeys('de-?escalat(?:e|es)') ?? [])].sort()).toEqual(['de-', 'dee']);
    expect([...(leadingKeys('sen[dt]s?') ?? [])].sort()).toEqual(['sen']);
    expect([...(leadingKeys('(?<=\\bthe\\s)Strikes?') ?? [])]).toEqual(['str']);
    expect([...(leadingKeys('\\d{2}x') ?? [])]).toHaveLength(100);
  });

  it('gives up (null) where a match may start with anything', () => {
    expect(leadingKeys('\\S+ed')).toBeNull();
    expect(leadingKeys('ab')).toBeNull(); // matches shorter than the key
  });

  it('can tell the start of every trigger in the lexicon', () => {
    expect(TRIGGERS.filter((t) => leadingKeys(t.pattern) === null).map((t) => t.pattern)).toEqual([]);
    expect(RULES).toHaveLength(TRIGGERS.length);
  });
});

describe('matchRules', () => {
  it('finds what a full scan with every rule finds, on the seed articles', () => {
    for (const file of ['000_e65738cb91f1e9d0.txt', '004_d99e5f2553e52203.txt']) {
      const text = readFileSync(new URL(`../../examples/security-guarantees/${file}`, import.meta.url), 'utf8');
      for (const line of text.split('\n')) expect(matchRules(line)).toEqual(fullScan(line));
    }
  });

  it('finds what a full scan finds, on generated sentences', () => {
    const words = ['Russia', 'expelled', 'the', 'US', 'ambassador', 'strike', 'a', 'general', 'strikes', 'called', 'on', 'Kiev',
      'to', 'withdraw', 'DENIED', 'de-escalation', 'sanctions', 'Talks', 'met', 'with', 'blocked', 'roads', 'non-aggression',
      'war-torn', 'imposed', 'a', 'curfew', 'sent', 'troops', 'aid', 'meeting', '“invasion”', 'air strikes', 'went on strike'];
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '-', '; ', ' “', '” ')), { maxLength: 25 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(sentence, (s) => {
      expect(matchRules(s)).toEqual(fullScan(s));
    }), { numRuns: 200 });
  });

  it('finds what a full scan finds in a sentence with more candidate positions than its first buffer holds', () => {
    const s = Array.from({ length: 400 }, (_, k) => ['withdrew', 'support', 'for', 'sanctions', 'consulted', 'Talks'][k % 6]).join(' ');
    expect(matchRules(s)).toEqual(fullScan(s));
    expect(matchRules('Russia withdrew')).toEqual(fullScan('Russia withdrew'));
  });

  it('finds what a full scan finds where rules are told apart by four letters ("for"/"forced", "that"/"thanked")', () => {
    const words = ['for', 'forced', 'FORCED', 'forgave', 'forgiven', 'that', 'than', 'thanked', 'THANKS', 'con', 'condemned',
      'consultations', 'pro', 'protested', 'air', 'strikes', 'to', 'respond', 'out', 'them', 'aid', 'sent', 'É', 'forç', 'thé'];
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '\u00a0', ', ', '-', '')), { maxLength: 12 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(sentence, (s) => {
      expect(matchRules(s)).toEqual(fullScan(s));
    }), { numRuns: 300 });
  });
});
