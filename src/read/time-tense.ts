// The tense of the clause around a time expression, read from the cue word nearest to it. A bare weekday or
// month ("on Tuesday", "in April") names the nearest such day or month in the direction the clause looks:
// "will meet Tuesday" is the coming one, "met Tuesday" the last one.

export type Tense = 'past' | 'future' | null;

/** Future cues; listed first so that "scheduled", "expected to" are not read as past participles. */
const FUTURE_SRC =
  "(?:to|will|would|shall|could|may|might|should|must) be [a-z]+ed|will|shall|won't|would|going to|is to|are to|due|set to|" +
  'scheduled|expected|expects?|plans? to|planned|planning|' +
  'upcoming|next|until|till|as soon as|as early as|no later than|deadline|ahead of|expires?|extended to|postponed to|' +
  'to (?:leave|meet|visit|begin|start|resume|return|hold|travel|vote|arrive|decide|be)';

/** Past auxiliaries, common irregular past forms and regular -ed forms. Reporting verbs ("said", "told") are
 *  left out: they date the report, not the event reported. */
const PAST_SRC =
  'was|were|had|did|ago|last|earlier|previously|began|brought|bought|came|went|met|made|took|gave|got|held|left|led|' +
  'lost|won|rose|fell|sold|paid|sent|spent|saw|struck|thought|wrote|became|found|kept|ran|grew|shot|hit|' +
  '[a-z]{3,}ed';

/** Not past tense despite the -ed ending. */
const NOT_PAST = /^(?:united|based|armed|limited|related|red|need|speed|feed|seed|indeed|proceed|exceed|succeed|hundred|bed|wed|shed|bled|bred|fed|fled|led)$/i;

const CUE = new RegExp(`\\b(?:(${FUTURE_SRC})|(${PAST_SRC}))\\b|('ll)\\b`, 'gi');

function cues(s: string): { index: number; tense: 'past' | 'future' }[] {
  const out: { index: number; tense: 'past' | 'future' }[] = [];
  for (const m of s.matchAll(CUE)) {
    if (m[1] || m[3]) out.push({ index: m.index, tense: 'future' });
    else if (m[2] && !NOT_PAST.test(m[2])) out.push({ index: m.index, tense: 'past' });
  }
  return out;
}

/**
 * Tense of the words around [pos, pos+len) within the sentence [sStart, sEnd): the cue nearest before the
 * expression (its verb usually comes first in news: "met on Tuesday"), else the first one after it
 * ("On Tuesday, the ministers met"). "by"/"until" right before a date looks ahead ("by Jan. 14").
 */
export function tenseAt(text: string, sStart: number, sEnd: number, pos: number, len: number): Tense {
  const before = text.slice(Math.max(sStart, pos - 60), pos);
  if (/\b(?:by|until|till|through)\s+(?:the\s+)?$/i.test(before)) return 'future';
  const b = cues(before);
  const last = b[b.length - 1];
  if (last) return last.tense;
  const a = cues(text.slice(pos + len, Math.min(sEnd, pos + len + 40)));
  return a[0]?.tense ?? null;
}
