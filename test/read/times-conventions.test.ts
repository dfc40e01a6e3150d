// TimeML conventions added for the TempEval-3 gaps: weekday tense, date ranges, clock-less "at", vague
// future/present references and year-ago comparisons in results reports.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/read/times.js';
import { splitSentences } from '../fixtures/read/statements/helpers.js';

const run = (text: string, published: string | null) =>
  findTimes(text, splitSentences(text), published).map((t) => [t.text, t.type, t.value]);
const valueOf = (text: string, published: string | null, phrase: string) =>
  findTimes(text, splitSentences(text), published).find((t) => t.text === phrase)?.value;

describe('weekday tense', () => {
  it('a modal does not send a weekday into the next week', () => {
    // 2000-01-06 is a Thursday.
    expect(valueOf('Neither he nor his grandparents could be located Wednesday in Cardenas.', '2000-01-06', 'Wednesday')).toBe('2000-01-05');
    expect(valueOf('Relatives said they would appeal Wednesday ruling by the court.', '2000-01-06', 'Wednesday')).toBe('2000-01-05');
  });

  it('a plan seen from the past looks back', () => {
    // 1989-10-30 is a Monday.
    expect(valueOf('The offer had been due to expire Friday evening.', '1989-10-30', 'Friday evening')).toBe('1989-10-27TEV');
    expect(valueOf('It had been scheduled to expire at midnight Friday.', '1989-10-30', 'midnight Friday')).toBe('1989-10-27T24:00');
  });

  it('a plain future still looks ahead', () => {
    expect(valueOf('The ministers will meet Tuesday in Geneva.', '2000-01-06', 'Tuesday')).toBe('2000-01-11');
  });

  it('a sentence opening with "Until" looks back; a deadline after a verb looks ahead', () => {
    // 1999-05-07 is a Friday.
    expect(valueOf('Until Thursday, they had not called him a suspect.', '1999-05-07', 'Thursday')).toBe('1999-05-06');
    expect(valueOf('The officials postponed until Tuesday any action on the case.', '1999-05-07', 'Tuesday')).toBe('1999-05-11');
  });
});

describe('date ranges', () => {
  it('splits a month-day range into two expressions', () => {
    expect(run('It bought 100,000 shares from Aug. 26 to Oct. 20 for $23 each.', '1989-10-30')).toEqual([
      ['Aug. 26', 'DATE', '1989-08-26'],
      ['Oct. 20', 'DATE', '1989-10-20'],
    ]);
  });

  it('leaves the part without a month to the other rules', () => {
    expect(run('The offer runs from today through Nov. 17.', '1989-10-27')).toEqual([
      ['today', 'DATE', '1989-10-27'],
      ['Nov. 17', 'DATE', '1989-11-17'],
    ]);
  });
});

describe('an hour needs a clock word', () => {
  it('"at 1,015 francs" after a date is not one o\'clock', () => {
    expect(run('It may buy the stake after Jan. 1, 1990 at 1,015 francs a share.', '1989-10-27')).toEqual([
      ['Jan. 1, 1990', 'DATE', '1990-01-01'],
    ]);
  });

  it('"at 10 a.m." after a date still is', () => {
    expect(run('The market opens Jan. 2, 1990 at 10 a.m. local time.', '1989-10-27')[0]?.[2]).toBe('1990-01-02T10:00');
  });
});

describe('vague references', () => {
  it('"now that" is a present reference', () => {
    expect(run('Aqaba is the only outlet now that the noose has tightened.', '1990-08-15')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
  });

  it('"the future" anywhere, but not "the future of"', () => {
    expect(run('Residents are worried about the future and fear more violence.', '1998-03-06')).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
    expect(run('They debated the future of the alliance.', '1998-03-06')).toEqual([]);
  });

  it('"the near term" and "the short term" look ahead', () => {
    expect(run('We do not minimise the challenges of the near term.', '1989-10-27')).toEqual([['the near term', 'DATE', 'FUTURE_REF']]);
    expect(run('It will placate holders in the short term.', '1989-10-27')).toEqual([['the short term', 'DATE', 'FUTURE_REF']]);
  });

  it('"soon" next to a future verb, not in past narrative', () => {
    expect(run('Prosecutors may soon seek an indictment.', '1989-10-27')).toEqual([['soon', 'DATE', 'FUTURE_REF']]);
    expect(run('The fire soon spread to the roof, and soon after the roof fell.', '1989-10-27')).toEqual([]);
  });
});

describe('year-ago comparisons', () => {
  it('"a year earlier" compares with the quarter under discussion even after a month came up', () => {
    const text = 'Net income rose in the third quarter. The new computers were introduced in April. Profit soared to $155 million from $99 million a year earlier.';
    expect(valueOf(text, '1989-10-26', 'a year earlier')).toBe('1988-Q3');
  });

  it('without a quarter it keeps the last period', () => {
    expect(valueOf('Sales fell in April. A year earlier they had risen.', '1989-10-26', 'A year earlier')).toBe('1988-04');
  });
});

describe('range ends and vague stretches', () => {
  it('the end of a range takes the month of its start', () => {
    expect(run('Talks ran March 3 to 5 in Vienna.', '1999-03-12')).toEqual([
      ['March 3', 'DATE', '1999-03-03'],
      ['5', 'DATE', '1999-03-05'],
    ]);
    expect(run('He paid 3 to 5 dollars.', '1999-03-12')).toEqual([]);
  });

  it('"the weeks ahead", "over the years", "for a while" are vague durations', () => {
    expect(run('Funds may sell bonds in the weeks ahead.', '1989-10-27')).toEqual([['the weeks ahead', 'DURATION', 'PXW']]);
    expect(run('Over the years many patients died waiting.', '1998-03-31')).toEqual([['the years', 'DURATION', 'PXY']]);
    expect(run('They will live without power for a while.', '1998-01-11')).toEqual([['a while', 'DURATION', 'PXX']]);
  });
});

describe('decades in words', () => {
  it('"the nineties" and "the \'80s" are decades', () => {
    expect(run("Numbers dropped through the nineties.", '1998-03-31')).toEqual([['the nineties', 'DATE', '199']]);
    expect(run("Sales were flat in the last half of the '80s.", '1989-11-02')).toEqual([["the '80s", 'DATE', '198']]);
  });

  it('a decade later in the century than the reference is in the one before', () => {
    expect(run('Music of the sixties still sells.', '2022-02-17')).toEqual([['the sixties', 'DATE', '196']]);
  });
});

describe('parts of the day', () => {
  it('"mid-afternoon yesterday" and "tomorrow morning" are times on that day', () => {
    expect(run('At mid-afternoon yesterday, shares were up.', '1989-11-02')).toEqual([['mid-afternoon yesterday', 'TIME', '1989-11-01TAF']]);
    expect(run('They meet tomorrow morning.', '1989-11-02')).toEqual([['tomorrow morning', 'TIME', '1989-11-03TMO']]);
  });

  it('a bare part of the day takes a neighbouring weekday', () => {
    // 1989-11-02 is a Thursday; the Friday before it is 1989-10-27.
    expect(run('Trading resumed late evening Friday.', '1989-11-02')).toEqual([['late evening Friday', 'TIME', '1989-10-27TEV']]);
  });

  it('"Tuesday nights" is every Tuesday night', () => {
    expect(run('The show airs Tuesday nights.', '1998-02-13')).toEqual([['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
  });
});

describe('clock times without a date beside them', () => {
  it('take the day across a parenthesis', () => {
    expect(valueOf('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08', '10:35 a.m.')).toBe('1998-08-07T10:35');
  });

  it('take the last day the text mentioned', () => {
    const text = 'Slepian was shot on Oct. 23, 1998 in his home. He was shot at 10 p.m. as he stood in his kitchen.';
    expect(valueOf(text, '1999-04-19', '10 p.m.')).toBe('1998-10-23T22:00');
  });

  it('not a day from far back in the text', () => {
    const text = `The treaty was signed on Dec. 17, 1991. ${'Officials discussed many other things at length. '.repeat(8)}Talks begin at 10 a.m.`;
    expect(valueOf(text, '2022-02-17', '10 a.m.')).toBe('2022-02-17T10:00');
  });

  it('fall back to the publication date', () => {
    expect(valueOf('The market closes at 4 p.m. sharp.', '1999-04-19', '4 p.m.')).toBe('1999-04-19T16:00');
  });
});

describe('a past verb governing a month-day', () => {
  it('dates it on or before the publication date', () => {
    // Without the verb, Jan. 31 three months ahead would be nearer than nine months back.
    expect(valueOf('In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', '1989-10-31', 'Jan. 31')).toBe('1989-01-31');
    expect(valueOf('The second quarter ended Oct. 31, and the loss was $12 million.', '1989-10-27', 'Oct. 31')).toBe('1988-10-31');
  });

  it('a future clause keeps looking ahead', () => {
    expect(valueOf('The fiscal year will end Jan. 31.', '1989-10-31', 'Jan. 31')).toBe('1990-01-31');
  });

  it('a participle after "be" takes the tense of its auxiliary', () => {
    expect(valueOf('The increased dividend will be paid Dec. 14 to holders of record.', '1989-10-26', 'Dec. 14')).toBe('1989-12-14');
  });
});

describe('tense cues that are not about time', () => {
  it('"next to" is a place', () => {
    // 1998-08-08 is a Saturday.
    const text = 'More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.';
    expect(valueOf(text, '1998-08-08', 'Friday')).toBe('1998-08-07');
  });

  it('"would be traveling" looks ahead, unlike a bare modal', () => {
    // 2000-04-05 is a Wednesday.
    expect(valueOf('Officials said the father would be traveling to the United States Thursday.', '2000-04-05', 'Thursday')).toBe('2000-04-06');
    expect(valueOf('Neither he nor his grandparents could be located Thursday.', '2000-04-05', 'Thursday')).toBe('2000-03-30');
  });
});

describe('"the previous Friday"', () => {
  it('is the one before the day under discussion', () => {
    // 1989-10-30 is a Monday; "Friday" is Oct. 27, the Friday before it Oct. 20.
    const text = 'The index fell 4.5% on Friday. It was down 6.8% from the previous Friday.';
    expect(run(text, '1989-10-30')).toEqual([
      ['Friday', 'DATE', '1989-10-27'],
      ['the previous Friday', 'DATE', '1989-10-20'],
    ]);
    expect(valueOf('Talks began on Oct. 25. They ended the following Monday.', '1989-10-30', 'the following Monday')).toBe('1989-10-30');
  });

  it('without a day before it counts from the publication date', () => {
    expect(valueOf('Prices were higher than the preceding Friday.', '1989-10-27', 'the preceding Friday')).toBe('1989-10-20');
  });
});

describe('hyphenated lengths', () => {
  it('"a one-day trip" is a duration', () => {
    expect(valueOf("Just ahead of the minister's one-day trip, officials spoke.", '1998-08-17', 'one-day')).toBe('P1D');
  });
});

describe('dates inside longer phrases', () => {
  it('"the night of Friday, Oct. 23" keeps the stated date', () => {
    expect(valueOf('He returned home on the night of Friday, Oct. 23. He was a doctor.', '1998-11-21', 'Friday, Oct. 23')).toBe('1998-10-23');
  });

  it('"the week of March 6" is that date\'s week', () => {
    expect(run('A court hearing is set for the week of March 6, he said.', '2000-02-24')).toEqual([['the week of March 6', 'DATE', '2000-W10']]);
  });

  it('"as soon as Tuesday" looks ahead', () => {
    // 2000-04-03 is a Monday.
    expect(valueOf('The group might come to the U.S. as soon as Tuesday, reports said.', '2000-04-03', 'Tuesday')).toBe('2000-04-04');
  });
});

describe('"a minute and a half"', () => {
  it('adds the half to the unit', () => {
    expect(run('The call lasted a minute and a half.', '1998-01-14')).toEqual([['a minute and a half', 'DURATION', 'PT1M30S']]);
  });
});

describe('"the following year"', () => {
  it('counts from the last date stated, even a full day', () => {
    const text = 'In 1985 he joined the army. On May 22, 1995, he was made a general, and the following year he was appointed attache.';
    expect(valueOf(text, '1998-04-18', 'the following year')).toBe('1996');
  });
});

describe('the end of the year', () => {
  it('"by year-end" is the year; "since year-end" the one just ended; "year-end results" no time', () => {
    expect(run('The deal should close by year-end.', '1989-11-02')).toEqual([['year-end', 'DATE', '1989']]);
    expect(valueOf("Rules should be in place by year's end.", '1989-10-26', "year's end")).toBe('1989');
    expect(valueOf('The change is since year-end.', '1989-10-30', 'year-end')).toBe('1988');
    expect(run('Its year-end results were weak.', '1989-10-30')).toEqual([]);
  });
});

describe('adjectives of recurrence', () => {
  it('"a daily rally", "his weekly radio address" are sets; "the party daily Granma" is a newspaper', () => {
    expect(run('It has become a daily public rally.', '2000-02-10')).toEqual([['daily', 'SET', 'P1D']]);
    expect(run('Clinton said in his weekly radio address that work goes on.', '1998-08-08')).toEqual([['weekly', 'SET', 'P1W']]);
    expect(run('The Communist Party daily Granma published a letter.', '2000-02-10')).toEqual([]);
  });
});

describe('today as an age', () => {
  it('"today\'s world" and "the people of tomorrow" are not days; "today\'s editions" is', () => {
    expect(run("Barriers apply in today's world.", '1998-04-24')).toEqual([]);
    expect(run('I would have chosen the people of tomorrow.', '1989-11-02')).toEqual([]);
    expect(run("The offer was advertised in today's editions.", '1989-11-02')).toEqual([['today', 'DATE', '1989-11-02']]);
  });
});

describe('a month name in a title', () => {
  it('"the March of the Combatant Mothers" is no date', () => {
    expect(run('He was at the head of the "March of the Combatant Mothers," pushing his way.', '2000-01-20')).toEqual([]);
  });
});

describe('a clock time before a weekday', () => {
  it('shares the deadline of "until"', () => {
    // 2000-04-03 is a Monday.
    expect(valueOf('The service has given the relatives until 9 a.m. Tuesday to sign.', '2000-04-03', '9 a.m. Tuesday')).toBe('2000-04-04T09:00');
  });
});

describe('"one day"', () => {
  it('after a modal is an unspecified future; as a length a duration; in a story no time', () => {
    expect(run('Islam will one day be the second largest religion.', '1998-03-03')).toEqual([['one day', 'DATE', 'FUTURE_REF']]);
    expect(run('He had only been in the job one day.', '1989-10-30')).toEqual([['one day', 'DURATION', 'P1D']]);
    expect(run('One day he walked in.', '1989-10-30')).toEqual([]);
    expect(run('That all changed one day.', '1989-10-30')).toEqual([]);
  });
});

describe('"the last decade"', () => {
  it('is the decade before, like "last year"', () => {
    expect(run('Workers lost earning power to inflation in the last decade.', '1998-02-06')).toEqual([['the last decade', 'DATE', '198']]);
  });
});

describe('titles are not recurrences', () => {
  it('"Breitbart News Daily" names a show', () => {
    expect(run('He told Breitbart News Daily host Alex Marlow.', '2016-10-01')).toEqual([]);
  });
});

describe('"today is the eighth day of …"', () => {
  it('is the day of writing; "it was the third consecutive month" is not', () => {
    expect(run("It's the second day of an offensive by the security forces.", '1998-03-06')).toEqual([['the second day', 'DATE', '1998-03-06']]);
    expect(valueOf('In Saudi Arabia, today is the eighth day of the operation.', '1990-08-15', 'the eighth day')).toBe('1990-08-15');
    expect(run('It was the third consecutive month of growth.', '1998-02-06')).toEqual([]);
  });
});

describe('opening and closing stretches', () => {
  it('"the first hours of the war", "the final weeks" are vague durations; "the early hours of Friday" is not', () => {
    expect(run('Prisoners were taken in the first hours of the ground war.', '1991-02-25')).toEqual([['the first hours', 'DURATION', 'PTXH']]);
    expect(run('The ground will be harder to recapture in the final weeks.', '2016-10-01')).toEqual([['the final weeks', 'DURATION', 'PXW']]);
    expect(run('It was not enforced in the early hours of the night.', '2016-10-01')).toEqual([]);
  });
});
