import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag, rankLanguages } from '../../src/extract/language.js';

const EN = 'The Russian Foreign Ministry has published the text of the written response to the United States on security guarantees, and the document was presented by the news agency on Thursday.';
const RU = 'Министерство иностранных дел России опубликовало текст письменной реакции Москвы на ответ США по гарантиям безопасности.';
const DE = 'Das russische Außenministerium hat am Donnerstag seine Antwort auf die amerikanischen Vorschläge zur Sicherheit in Europa veröffentlicht.';

describe('language', () => {
  it('detects common languages and maps them to ISO 639-1', () => {
    expect(detectLanguage(EN, null).language).toBe('en');
    expect(detectLanguage(RU, null).language).toBe('ru');
    expect(detectLanguage(DE, null).language).toBe('de');
  });
  it('uses the declared language on short text', () => {
    expect(detectLanguage('Ja, gut.', 'de-DE')).toMatchObject({ language: 'de' });
    expect(detectLanguage('Ok', null).language).toBeNull();
  });
  it('lets clear detection override a wrong declaration, and says so', () => {
    const g = detectLanguage(RU.repeat(2), 'en');
    expect(g.language).toBe('ru');
    expect(g.how).toContain('page declares en');
  });
  it('reads primary subtags', () => {
    expect(primarySubtag('en-GB')).toBe('en');
    expect(primarySubtag('rus')).toBe('ru');
    expect(primarySubtag('')).toBeNull();
  });

  it('ranks languages exactly as franc does over the same candidates', () => {
    // The languages detectLanguage maps (ISO 639-3), i.e. the candidates rankLanguages compares.
    const only = ['eng', 'rus', 'ukr', 'bel', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'slk', 'slv', 'hrv', 'srp', 'bos', 'bul', 'mkd', 'ron', 'hun', 'ell', 'tur', 'arb', 'heb', 'pes', 'urd', 'hin', 'ben', 'cmn', 'jpn', 'kor', 'vie', 'tha', 'ind', 'zlm', 'swe', 'dan', 'nob', 'fin', 'est', 'lvs', 'lit', 'kat', 'hye', 'azj', 'kaz', 'uzn', 'cat', 'glg', 'eus', 'swh', 'tgl'];
    const same = (t: string): void => {
      expect(rankLanguages(t)).toEqual(francAll(t, { only, minLength: 20 }));
    };
    // Mostly Han characters with some kana: franc's Japanese pattern holds Han too, so Chinese must not win early.
    const JA = '日本政府は東京で記者会見を開き、安全保障に関する回答を発表した。外務省によると、交渉は続く見通しだ。';
    for (const t of [EN, RU, DE, JA, EN.slice(0, 25), 'Ok', '12345 67890 12345 67890', `${RU} ${EN}`]) same(t);
    const pieces = fc.constantFrom('the ', 'und ', 'не ', 'что ', 'est ', '日本', 'の', '한국', 'ไทย', 'Ελλάδα ', 'שלום ', 'سلام ', 'नमस्ते ', '42, ', '\u00a0', '. ');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => same(parts.join(''))), { numRuns: 300 });
  });
});
