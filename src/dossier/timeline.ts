// The timeline: dated sentences, resolved against each article's publication date, merged across outlets
// when the dated sentences make the same claim.
import type { Span, TimeExpression } from '../types.js';
import type { DossierClaim, DossierTimelineEntry } from './schema.js';
import type { AnalyzedArticle } from './model.js';
import { sentenceOf, sliceClean } from './text.js';

type Precision = DossierTimelineEntry['precision'];

/** Precision of a TimeML date value, or null for values that place nothing on a calendar. */
export function precisionOf(value: string): Precision | null {
  // Every calendar value starts with a digit; most others ("PRESENT_REF", "P1D", "XXXX-WXX") are ruled out here.
  const c = value.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-(Q\d|H\d)$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

interface Dated {
  time: TimeExpression;
  article: string;
  sentence: Span;
  text: string;
}

export function buildTimeline(articles: AnalyzedArticle[], claims: DossierClaim[]): DossierTimelineEntry[] {
  // The first claim with this very sentence as evidence, looked up rather than searched for per dated sentence.
  const claimBySentence = new Map<string, string>();
  for (const c of claims) {
    for (const e of c.evidence) {
      const key = `${e.sentence.start}:${e.sentence.end}:${e.article}`;
      if (!claimBySentence.has(key)) claimBySentence.set(key, c.id);
    }
  }
  const claimOf = (article: string, sentence: Span) => claimBySentence.get(`${sentence.start}:${sentence.end}:${article}`);

  const entries = new Map<string, DossierTimelineEntry>();
  for (const { article, reading } of articles) {
    const dated: Dated[] = [];
    for (const time of reading.times) {
      if (time.type !== 'DATE' && time.type !== 'TIME') continue;
      const value = time.type === 'TIME' ? time.value.slice(0, 10) : time.value;
      if (!precisionOf(value)) continue;
      const sentence = sentenceOf(reading.sentences, time);
      if (!sentence) continue;
      dated.push({ time: { ...time, value }, article: article.input, sentence, text: sliceClean(article.text, sentence) });
    }
    for (const d of dated) {
      // Same date and same claim → one entry with several sources; otherwise one entry per sentence.
      const key = `${d.time.value}|${claimOf(d.article, d.sentence) ?? `${d.article}#${d.sentence.start}`}`;
      const source = { article: d.article, sentence: d.sentence, text: d.text };
      const existing = entries.get(key);
      if (existing) {
        if (!existing.sources.some((s) => s.article === source.article && s.sentence.start === source.sentence.start)) existing.sources.push(source);
        continue;
      }
      entries.set(key, {
        date: d.time.value,
        precision: precisionOf(d.time.value)!,
        text: d.text,
        expression: d.time.text,
        sources: [source],
      });
    }
  }
  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length || a.text.localeCompare(b.text));
}
