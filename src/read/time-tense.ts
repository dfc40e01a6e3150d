// The tense of the clause around a time expression, read from the cue word nearest to it. A bare weekday or
// month ("on Tuesday", "in April") names the nearest such day or month in the direction the clause looks:
// "will meet Tuesday" is the coming one, "met Tuesday" the last one.

export type Tense = 'past' | 'future' | null;

/** Future cues; listed first so that "scheduled", "expected to" are not read as past participles. */
const FUTURE_SRC =
  "(?:to|will|would|shall|could|may|might|should|must) be [a-z]+|will|shall|won't|would|going to|is to|are to|due|set to|" +
  'scheduled|expected|expects?|plans? to|planned|planning|' +
  // "next to" is a place, not a time.
  'upcoming|next(?! to\\b)|until|till|as soon as|as early as|no later than|deadline|ahead of|expires?|extended to|postponed to|' +
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

/** Modals and prepositions that look ahead only weakly: "could be located Wednesday", "said they would …
 *  Wednesday's ruling" (reported speech), "until Thursday, they had not" are about the past as often as not. */
const WEAK_FUTURE = /^(?:(?:could|would|may|might|should|must)(?: be (?![a-z]+ing$)[a-z]+)?|until|till|no later than|deadline|ahead of)$/i;

function cues(s: string, strict = false): { index: number; tense: 'past' | 'future' }[] {
  const out: { index: number; tense: 'past' | 'future' }[] = [];
  for (const m of s.matchAll(CUE)) {
    if (strict && m[1] && WEAK_FUTURE.test(m[1])) continue;
    // "had been due to expire Friday", "as previously planned": a plan seen from the past.
    if (strict && m[1] && /\b(?:had\s+been|previously)\s(?:[a-z]+\s+){0,2}$/i.test(s.slice(Math.max(0, m.index - 30), m.index))) {
      out.push({ index: m.index, tense: 'past' });
      continue;
    }
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
export function tenseAt(text: string, sStart: number, sEnd: number, pos: number, len: number, strict = false): Tense {
  const before = text.slice(Math.max(sStart, pos - 60), pos);
  if (!strict && /\b(?:by|until|till|through)\s+(?:the\s+)?$/i.test(before)) return 'future';
  // For a weekday only a deadline counts ("given until Tuesday", "postponed until Tuesday"): "had filed by
  // Wednesday" and a sentence opening "Until Thursday, they had not …" look back.
  if (strict && /\S\s+(?:until|till)\s+$/i.test(text.slice(sStart, pos))) return 'future';
  // "as soon as Tuesday", "as early as Tuesday": the earliest a thing can still happen.
  if (strict && /\bas\s+(?:soon|early)\s+as\s+$/i.test(before)) return 'future';
  const b = cues(before, strict);
  const last = b[b.length - 1];
  if (last) return last.tense;
  const a = cues(text.slice(pos + len, Math.min(sEnd, pos + len + 40)), strict);
  return a[0]?.tense ?? null;
}

const PAST_WORD = new RegExp(`^(?:${PAST_SRC})$`, 'i');

/**
 * Whether the verb right before [pos] (past a preposition) is in the past tense: "ended Jan. 31", "terminated on
 * Sept. 27". A past verb governing the date itself dates it before the reference, unlike a past verb elsewhere
 * in the clause ("said it will meet on March 3").
 */
export function pastVerbBefore(text: string, pos: number): boolean {
  const m = /(?:\b([A-Za-z]+)\s+)?([A-Za-z]+)\s+(?:(?:on|in|at|as\s+of)\s+)?$/.exec(text.slice(Math.max(0, pos - 40), pos));
  // A participle after "be" is a passive whose tense is the auxiliary's: "will be paid Dec. 14".
  if (m?.[1]?.toLowerCase() === 'be') return false;
  const w = m?.[2];
  return !!w && w !== 'had' && w !== 'was' && w !== 'were' && PAST_WORD.test(w) && !NOT_PAST.test(w) && !/^(?:last|earlier|ago)$/i.test(w);
}
