import { describe, expect, it } from 'vitest';
import { buildActors, mergeActors } from '../../src/dossier/actors.js';
import type { AnalyzedArticle } from '../../src/dossier/index.js';
import type { Actor, Reading, Span, TimeExpression } from '../../src/types.js';

const at = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
};

const ministry: Actor = { id: 'ministry', name: 'Foreign Ministry', type: 'organization', kind: 'ministry', aliases: [], roles: [], code: null, partOf: null };

function analyzed(input: string, text: string, times: TimeExpression[], statementSentences: number[]): AnalyzedArticle {
  const sentences = text.split(/(?<=\.) /).map((s) => at(text, s));
  const reading: Reading = {
    sentences,
    actors: [ministry],
    mentions: sentences.map((s) => ({ ...at(text, 'ministry', s.start), actor: ministry.id })),
    quotes: [],
    times,
    statements: statementSentences.map((k) => ({
      actor: ministry.id,
      type: 'REJECT',
      target: null,
      trigger: at(text, 'rejected', sentences[k]!.start),
      sentence: sentences[k]!,
      negated: false,
      modality: 'asserted',
    })),
  };
  const article = { input, url: null, title: null, authors: [], published: '2022-02-17T10:00:00Z', site: input, language: 'en', text, notes: [] };
  return { article, reading };
}

describe('buildActors', () => {
  it('dates a position by the first calendar date stated in its own sentence, else by the report', () => {
    const text = 'Today the ministry rejected the plan on Monday, 14 February, not 10 February. Later the ministry rejected it again. The ministry rejected talks.';
    const time = (part: string, value: string, type: TimeExpression['type'] = 'DATE'): TimeExpression => ({ ...at(text, part), text: part, type, value });
    const times = [time('Today', 'PRESENT_REF'), time('Monday, 14 February', '2022-02-14'), time('10 February', '2022-02-10'), time('Later', 'FUTURE_REF'), time('again', 'P1D', 'DURATION')];
    const articles = [analyzed('a', text, times, [0, 1, 2])];
    const [actor] = buildActors(articles, mergeActors(articles));
    expect(actor!.positions.map((p) => p.date)).toEqual(['2022-02-14', '2022-02-17', '2022-02-17']);
  });

  it('counts every mention, and lists each article once, in the order the articles come', () => {
    const one = analyzed('one', 'The ministry rejected it. The ministry rejected it.', [], []);
    const two = analyzed('two', 'The ministry rejected it.', [], []);
    const articles = [two, one, two];
    const [actor] = buildActors(articles, mergeActors(articles));
    expect(actor!.mentions).toBe(4);
    expect(actor!.articles).toEqual(['two', 'one']);
  });
});
