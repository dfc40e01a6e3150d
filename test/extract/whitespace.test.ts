import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInline } from '../../src/extract/whitespace.js';

/** The plain definition: invisible characters out, every run of white space one space, ends trimmed. */
const reference = (s: string): string => s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();

describe('normalizeInline', () => {
  it('collapses white space, removes invisible characters and trims', () => {
    expect(normalizeInline('  Moscow\u00a0\u00a0answers \u200bWashington\t\n')).toBe('Moscow answers Washington');
    expect(normalizeInline('Already tidy text.')).toBe('Already tidy text.');
    expect(normalizeInline(' soft\u00adhyphen  and\u2009thin space ')).toBe('softhyphen and thin space');
  });

  it('equals the plain definition on any mix of letters, spaces and special white space', () => {
    const chars = fc.constantFrom(...'ab .\t\n\r\u00a0\u00ad\u1680\u2000\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (s) => normalizeInline(s) === reference(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normalizeInline(s) === reference(s)), { numRuns: 3000 });
  });
});
