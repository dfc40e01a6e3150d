import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag } from '../../src/extract/language.js';

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
});
