// The publication date estimated from a text that declares none (read/time-estimate.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimatePublished } from '../../src/read/time-estimate.js';
import { findTimes } from '../../src/read/times.js';
import { splitSentences } from '../fixtures/read/statements/helpers.js';

const estimate = (text: string) => estimatePublished(text, splitSentences(text));

describe('estimatePublished', () => {
  it('takes a dateline with its year as stated', () => {
    expect(estimate('MOSCOW, February 17, 2022 (Reuters) - The ministry replied to the letter.')).toEqual({
      value: '2022-02-17',
      estimated: true,
      basis: 'the dateline',
    });
  });

  it('dates a yearless dateline by the latest dated day in the text', () => {
    const text = 'WASHINGTON, August 13 (Xinhua) -- The president spoke. The bombing on Aug. 7, 1998 killed dozens.';
    expect(estimate(text)?.value).toBe('1998-08-13');
  });

  it('keeps an unknown year unknown', () => {
    expect(estimate('WASHINGTON, August 13 (Xinhua) -- The president spoke.')?.value).toBe('XXXX-08-13');
  });

  it('takes the latest day a scraped page reports, across the new year, and not a day it looks ahead to', () => {
    const text = readFileSync(new URL('../fixtures/read/time-estimate/scraped-no-date.txt', import.meta.url), 'utf8');
    const est = estimate(text);
    expect(est?.value).toBe('XXXX-02-17');
    expect(est?.estimated).toBe(true);
    expect(est?.basis).toMatch(/latest day the text reports/);
  });

  it('continues a dated chronology with a later yearless day', () => {
    const text = 'The treaty was signed on Dec. 20, 2021. Talks resumed on January 10.';
    expect(estimate(text)?.value).toBe('2022-01-10');
  });

  it('ignores terms set for later: payment and record dates', () => {
    const text = 'The company said on Oct. 20, 1989 that the dividend is payable Dec. 14 to holders of record Nov. 15.';
    expect(estimate(text)?.value).toBe('1989-10-20');
  });

  it('gives nothing for a text with only years or no dates', () => {
    expect(estimate('The alliance has expanded since 1997 and again in 2004.')).toBeNull();
    expect(estimate('No dates here at all.')).toBeNull();
  });
});

describe('estimatePublished with the expressions already found', () => {
  it('gives the same estimate as finding them itself', () => {
    const text = 'WASHINGTON, August 13 (Xinhua) -- The president spoke. The bombing on Aug. 7, 1998 killed dozens.';
    const sentences = splitSentences(text);
    expect(estimatePublished(text, sentences, findTimes(text, sentences, null))).toEqual(estimatePublished(text, sentences));
  });
});
