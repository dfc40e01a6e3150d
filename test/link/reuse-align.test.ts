// Sentence-level alignment rules: diagonal growth over weakly alike sentences, single loose sentence
// pairs dropped, summary parts joined.
import { describe, expect, it } from 'vitest';
import { findReuse } from '../../src/link/index.js';
import { FLOOD_STORY } from './helpers.js';

const FILLER_A =
  'Local farmers gathered at the county fair to show their prize pumpkins and discuss the summer drought. Children rode the carousel while volunteers sold lemonade for the school library fund. ';
const FILLER_B =
  'A new museum of maritime history opened near the harbour, with galleries about shipbuilding, whaling voyages and lighthouse keepers. Admission is free for the first month. ';

describe('sentence alignment', () => {
  it('grows a passage over neighbouring sentences edited too heavily to seed, kept in order', () => {
    const source = [
      'The orchestra rehearsed the new symphony in the old concert hall for three long weeks before the premiere.',
      'The conductor praised the violin section and the young soloist from Vienna after the final rehearsal on Sunday.',
      'Tickets for the opening night sold out within hours, and the city council added a second performance in May.',
      'Critics from several national newspapers travelled to the premiere and wrote warm reviews of the evening.',
    ];
    // Sentences 1, 3 and 4 keep only a few words of the original; sentence 2 is copied.
    const edited = [
      'Musicians practised that fresh symphony inside an ancient venue during three tiring weeks ahead of the launch.',
      source[1],
      'Seats for the opening night vanished quickly, so municipal leaders scheduled a second show soon.',
      'Reviewers representing various countrywide papers journeyed to the premiere, publishing kind notices afterwards.',
    ];
    const a = FILLER_A + edited.join(' ') + ' ' + FILLER_A;
    const b = FILLER_B + source.join(' ') + ' ' + FILLER_B;
    const found = findReuse(a, b);
    expect(found).toHaveLength(1);
    const p = found[0]!;
    expect(a.slice(p.a.start, p.a.end)).toMatch(/symphony/);
    expect(a.slice(p.a.start, p.a.end)).toMatch(/second/);
    expect(b.slice(p.b.start, p.b.end)).toMatch(/^symphony/);
    expect(b.slice(p.b.start, p.b.end)).toMatch(/second/);
    // Never into the unrelated text around it.
    expect(a.slice(p.a.start, p.a.end)).not.toMatch(/pumpkins|carousel/);
    expect(b.slice(p.b.start, p.b.end)).not.toMatch(/maritime|Admission/);
  });

  it('ignores a single loosely alike sentence pair between texts on one topic', () => {
    // Alike enough to seed and to pass as a passage (cosine about 0.35), but one pair is chance.
    const a =
      FILLER_A +
      'The central bank kept interest rates unchanged on Thursday, saying inflation eased slightly during autumn while unemployment stayed low and wages rose modestly across most regions. ' +
      FILLER_A;
    const b =
      FILLER_B +
      'Economists expect inflation to ease slightly next year, and most forecast that the central bank will cut interest rates in spring as wages rise modestly and unemployment climbs across northern regions. ' +
      FILLER_B;
    expect(findReuse(a, b)).toEqual([]);
  });

  it('still finds one copied sentence', () => {
    const s = 'The central bank kept interest rates unchanged on Thursday while inflation eased slightly in the autumn months.';
    const found = findReuse(FILLER_A + s + ' ' + FILLER_A, FILLER_B + s + ' ' + FILLER_B);
    expect(found).toHaveLength(1);
    expect(found[0]!.similarity).toBe(1);
  });

  it('joins passages next to each other in a short text and far apart in the long one (parts of a summary)', () => {
    const story = FLOOD_STORY;
    const filler =
      'Meanwhile the regional football league announced a new schedule for the spring season with more evening games. ' +
      'The league also confirmed that ticket prices for families will stay the same as last year. ';
    const source = story.slice(0, 3).join(' ') + ' ' + filler.repeat(2) + story.slice(3).join(' ') + ' ';
    // Sentences condensed from two parts of the source with unrelated text between them.
    const summary =
      'Heavy rain flooded the old town overnight and forced hundreds of residents from their homes. ' +
      'Firefighters used boats to rescue elderly people trapped near the river embankment. ' +
      'Engineers warned that the old stone bridge might collapse if the water kept rising. ' +
      'Railway services between the largest cities were suspended because tracks were under water.';
    const a = FILLER_A + summary + ' ' + FILLER_B;
    const found = findReuse(a, source);
    expect(found).toHaveLength(1);
    const p = found[0]!;
    expect(source.slice(p.b.start, p.b.end)).toMatch(/Heavy rain/);
    expect(source.slice(p.b.start, p.b.end)).toMatch(/tracks were under water/);
    expect(a.slice(p.a.start, p.a.end)).not.toMatch(/pumpkins|maritime/);
  });

  it('ends a near copy where the words stop agreeing, inside its first and last sentences', () => {
    const copy =
      'the central bank raised its key interest rate by half a percentage point on Wednesday, citing persistent inflation in food and energy prices and a weaker currency that has pushed up the cost of imported goods while unemployment stayed low and wages rose modestly across most regions';
    // The host sentences share words with the copy, so word-set trimming alone keeps them.
    const a = FILLER_A + `Food prices rose after ${copy}, and energy traders worried. ` + FILLER_A;
    const b = FILLER_B + `Energy prices worried traders when ${copy}, and food got costlier. ` + FILLER_B;
    const found = findReuse(a, b);
    expect(found).toHaveLength(1);
    const p = found[0]!;
    expect(a.slice(p.a.start, p.a.end)).toMatch(/^central bank raised/);
    expect(b.slice(p.b.start, p.b.end)).toMatch(/^central bank raised/);
    expect(a.slice(p.a.start, p.a.end)).toMatch(/most regions$/);
    expect(b.slice(p.b.start, p.b.end)).toMatch(/most regions$/);
  });
});
