// The direct reader of common date forms: its answers, and that they are the parser's (chrono-node strict
// English, read as parseHumanDate read it before the direct reader existed) on generated strings.
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, quickDate, quickFirstDate } from '../../src/extract/date-forms.js';
import { normalizeDate, parseHumanDate } from '../../src/extract/dates.js';
import { dateLine } from '../../src/extract/text-dates.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** What the parser alone makes of `s` (the pre-existing path, with the year check for relative phrases). */
function byParser(s: string): string | null {
  const r = chrono.strict.parse(s, REFERENCE)[0];
  if (!r) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const [y, mo, d] = [c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0];
  if (y < 1900 || y > 2200 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return day;
  const time = `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  if (offset == null) return `${day}T${time}`;
  const abs = Math.abs(offset);
  return `${day}T${time}${offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
}

const quick = (s: string): string | null | undefined => {
  const q = quickDate(s);
  return q === undefined ? undefined : q && isoDate(q);
};

describe('quickDate', () => {
  it('reads month-first, day-first, numeric and ISO-spaced forms', () => {
    expect(quick('March 5, 2025')).toBe('2025-03-05');
    expect(quick('Tuesday, Nov. 18th, 2019')).toBe('2019-11-18');
    expect(quick('5th of May 2020')).toBe('2020-05-05');
    expect(quick('18 Nov, 2019')).toBe('2019-11-18');
    expect(quick('3/5/2025')).toBe('2025-03-05');
    expect(quick('13/05/2025')).toBe('2025-05-13');
    expect(quick('2019/1/22')).toBe('2019-01-22');
  });
  it('keeps a written clock time and zone', () => {
    expect(quick('Mon, 18 Nov 2019 16:07:38 -0600')).toBe('2019-11-18T16:07:38-06:00');
    expect(quick('2019-11-18 17:19:53 GMT')).toBe('2019-11-18T17:19:53Z');
    expect(quick('November 19, 2019 at 9:32pm')).toBe('2019-11-19T21:32:00');
    expect(quick('Nov 20, 2019 12:15 am')).toBe('2019-11-20T00:15:00');
    expect(quick('Nov. 20, 2019 6:02 AM EST')).toBe('2019-11-20T06:02:00-05:00');
    expect(quick('May 02, 2024 07:44 PM IST')).toBe('2024-05-02T19:44:00+05:30');
    expect(quick('9:32 am CST, Wednesday, November 20, 2019')).toBe('2019-11-20T09:32:00-06:00');
    expect(quick('11:04 PM EST Nov 19, 2019')).toBe('2019-11-19T23:04:00-05:00');
  });
  it('reads US "ET/CT/MT/PT" and "CET" with the offset of the day, as the parser does', () => {
    expect(quick('Nov 20 2019, 11:06am ET')).toBe('2019-11-20T11:06:00-05:00');
    expect(quick('11:21 pm ET, Tuesday, November 19, 2019')).toBe('2019-11-19T23:21:00-05:00');
    expect(quick('July 4, 2021 9:00 pm PT')).toBe('2021-07-04T21:00:00-07:00');
    expect(quick('5:32 PM ET, Mon March 4, 2019')).toBe('2019-03-04T17:32:00-05:00');
    expect(quick('June 3, 2024 10:15 CET')).toBe('2024-06-03T10:15:00+02:00');
    // Before the date the parser reads the zone on its reference day (1 January), so in standard time.
    expect(quick('1:00 pm PT, July 10, 2019')).toBe('2019-07-10T13:00:00-08:00');
    expect(byParser('1:00 pm PT, July 10, 2019')).toBe('2019-07-10T13:00:00-08:00');
    // Summer time starts after 02:00 on the switch day and ends after 02:00 (US) or 03:00 (EU) on its last day.
    expect(quick('March 10, 2024 2:00 am ET')).toBe('2024-03-10T02:00:00-05:00');
    expect(quick('March 10, 2024 2:01 am ET')).toBe('2024-03-10T02:01:00-04:00');
    expect(quick('Nov 3, 2024 2:00 am MT')).toBe('2024-11-03T02:00:00-06:00');
    expect(quick('Nov 3, 2024 2:01 am MT')).toBe('2024-11-03T02:01:00-07:00');
    expect(quick('Oct 27, 2024 03:00 CET')).toBe('2024-10-27T03:00:00+02:00');
    expect(quick('Oct 27, 2024 03:01 CET')).toBe('2024-10-27T03:01:00+01:00');
  });
  it('gives the parser\'s offset for seasonal zones on every day and hour around the switches', () => {
    // The US switches on the second Sunday of March (8th-14th) and the first of November (1st-7th), the EU on
    // the last Sundays of March and October (25th-31st).
    const days: [number, number, string[]][] = [];
    for (let d = 7; d <= 15; d++) days.push([3, d, ['ET', 'ct', 'MT', 'PT']]);
    for (let d = 1; d <= 8; d++) days.push([11, d, ['ET', 'pt']]);
    for (let d = 24; d <= 31; d++) days.push([3, d, ['CET']], [10, d, ['cet']]);
    for (const year of [2019, 2024, 2026]) {
      for (const [month, d, zones] of days) {
        for (const [h, mi] of [[1, 59], [2, 0], [2, 1], [3, 0], [3, 1]] as const) {
          for (const zone of zones) {
            const s = `${MONTHS[month - 1]} ${d}, ${year} ${pad(h)}:${pad(mi)} ${zone}`;
            expect(quick(s), s).toBe(byParser(s));
          }
        }
      }
    }
  });
  it('gives null for an impossible day and for text that cannot hold a date', () => {
    expect(quick('February 29, 2025')).toBeNull();
    expect(quick('The best laptops of 2026')).toBeNull();
  });
  it('leaves other forms to the parser', () => {
    expect(quick('Nov 20 2019, 11:06am AMT')).toBeUndefined();
    expect(quick('(855) 650-0657 ext. 12, 2019')).toBeUndefined();
    expect(quick('18 Nov 2019 08:02 Z')).toBeUndefined();
    expect(quick('3 days ago')).toBeUndefined();
  });
});

describe('relative phrases', () => {
  it('are not dates (the parser counts them from its fixed reference day)', () => {
    expect(parseHumanDate('3 days ago')).toBeNull();
    expect(normalizeDate('Posted 6 hours ago')).toBeNull();
    expect(parseHumanDate('Launch a production-ready app in just 30 days')).toBeNull();
  });
  it('without two digits in a row state no year, so they are no date (the parser is not asked)', () => {
    for (const s of ['an hour ago', 'a week ago', 'Oct', 'Aug 5', 'yesterday at 5 pm']) expect(parseHumanDate(s), s).toBeNull();
    expect(parseHumanDate('Sat 8:31 PM, Feb 17, 2018')).toBe('2018-02-17');
    expect(parseHumanDate("Nov 18 '19")).toBe(byParser("Nov 18 '19"));
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tue', 'Wed.', 'thursday', 'Sat', 'SUN'];

/** Strings shaped like the forms the reader takes, with variations on each part and some out-of-range numbers. */
const dateString = fc
  .record({
    weekday: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }),
    month: fc.integer({ min: 0, max: 11 }),
    monthStyle: fc.constantFrom('full', 'abbr', 'abbr.', 'upper', 'lower', 'sept'),
    day: fc.integer({ min: 0, max: 33 }),
    suffix: fc.constantFrom('', 'st', 'th'),
    year: fc.constantFrom(1850, 1999, 2019, 2024, 2025, 2199, 2201),
    form: fc.constantFrom('mdy', 'dmy', 'dofmy', 'slash', 'yslash', 'iso'),
    comma: fc.constantFrom(', ', ' ', ' , ', ','),
    timeFirst: fc.boolean(),
    time: fc.option(
      fc.record({
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
        meridiem: fc.constantFrom('', 'am', ' pm', ' a.m.', 'PM'),
        joiner: fc.constantFrom(' ', ', ', ' at '),
        zone: fc.constantFrom('', ' GMT', ' UTC', ' -0600', ' +05:30', ' +00:00', ' EST', ' pdt', ' CEST', ' IST', ' MSK', ' ET', ' CET', ' XYZ', ' PT', ' ct', ' MT', ' GMT+0000', ' GMT-0500', ' utc+05:30'),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const name = MONTHS[r.month] ?? 'March';
    const m =
      r.monthStyle === 'full' ? name : r.monthStyle === 'abbr' ? name.slice(0, 3) : r.monthStyle === 'abbr.' ? `${name.slice(0, 3)}.` : r.monthStyle === 'upper' ? name.toUpperCase() : r.monthStyle === 'lower' ? name.toLowerCase() : r.month === 8 ? 'Sept' : name;
    const wd = r.weekday ? `${r.weekday}, ` : '';
    const d = `${r.day}${r.suffix}`;
    let date: string;
    if (r.form === 'mdy') date = `${wd}${m} ${d}${r.comma}${r.year}`;
    else if (r.form === 'dmy') date = `${wd}${d} ${m}${r.comma.includes(',') ? ',' : ''} ${r.year}`;
    else if (r.form === 'dofmy') date = `${d} of ${m} ${r.year}`;
    else if (r.form === 'slash') date = `${r.month + 1}/${r.day}/${r.year}`;
    else if (r.form === 'yslash') date = `${r.year}/${r.month + 1}/${r.day}`;
    else date = `${r.year}-${pad(r.month + 1)}-${pad(Math.max(1, Math.min(r.day, 31)))}`;
    const t = r.time;
    if (!t) return date;
    const clock = `${t.hour}:${pad(t.minute)}${t.second === undefined ? '' : `:${pad(t.second)}`}${t.meridiem}${t.zone}`;
    // The clock time before the date too ("9:32 am CST, Wednesday, November 20, 2019").
    return r.timeFirst ? `${clock}${t.joiner === ' at ' ? ', ' : t.joiner}${date}` : `${date}${t.joiner}${clock}`;
  });

/** The same strings set off by marks, after "on", or followed by " / " or " | " and more (or by other text). */
const setOffDateString = fc
  .record({
    prefix: fc.constantFrom('', '| ', '- ', '— ', '• ', '* ', 'on ', 'On ', '|', 'by '),
    date: dateString,
    suffix: fc.constantFrom('', ',', ' |', '  |', ' -', ' / CBS News', ' | 9:32pm', ' / 10:07 AM / News', ' | 20 January 2019', ' / 2019', ' - 11:28 AMT', ' to May 3, 2020', ' ET', ' (UTC)', ', UK'),
  })
  .map((r) => `${r.prefix}${r.date}${r.suffix}`);

// The date-line rule as it reads a line through the parser alone (text-dates.ts before the direct reader): a
// single dated result, with only filler outside it.
const LINE_LABEL = /^(?:(published|posted|first published|date|released)|(updated|last updated|modified))\s*(?:on|at|am|le)?\s*[:\-–—]?\s*/i;
const LINE_FILLER = /^[\s,|·•\-–—:()]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|at|um|в|gmt|utc|msk|cet|cest|est|edt|pst|pdt|bst|[+-]\d{2}:?\d{2}|\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|[\s,|·•\-–—:()])*$/i;
function lineByParser(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || t.length < 6 || !/\d{4}/.test(t)) return null;
  const label = LINE_LABEL.exec(t);
  const rest = label ? t.slice(label[0].length) : t;
  const parsed = chrono.strict.parse(rest, REFERENCE)[0];
  if (!parsed || parsed.end) return null;
  if (!LINE_FILLER.test(`${rest.slice(0, parsed.index)} ${rest.slice(parsed.index + parsed.text.length)}`)) return null;
  return byParser(parsed.text);
}

describe('the direct reader against the parser', () => {
  it('reads date lines with marks around a common form as the parser does', () => {
    fc.assert(
      fc.property(setOffDateString, fc.constantFrom('', 'Published: ', 'Updated on '), (s, label) => {
        expect(dateLine(label + s)?.date ?? null, label + s).toBe(lineByParser(label + s));
      }),
      { numRuns: 1500, seed: 4 },
    );
    expect(dateLine('| November 18, 2019 12:01 PM')?.date).toBe('2019-11-18T12:01:00');
    expect(dateLine('On March 5, 2019')).toBeNull();
    expect(dateLine('- Nov. 18th 2019 8:54 am PT')?.date).toBe('2019-11-18T08:54:00-08:00');
    expect(dateLine('* Nov. 18th 2019')).toBeNull();
  });
  it('reads a form set off by marks or followed by " / " or " | " as the parser does', () => {
    fc.assert(
      fc.property(setOffDateString, (s) => {
        const q = quickFirstDate(s);
        if (q !== undefined) expect(q && isoDate(q), s).toBe(byParser(s));
        expect(parseHumanDate(s), s).toBe(byParser(s));
      }),
      { numRuns: 1500, seed: 20261123 },
    );
    const first = (s: string): string | null | undefined => {
      const q = quickFirstDate(s);
      return q === undefined ? undefined : q && isoDate(q);
    };
    expect(first('| November 18, 2019 12:01 PM')).toBe('2019-11-18T12:01:00');
    expect(first('- Nov. 18th 2019 8:54 am PT')).toBe('2019-11-18T08:54:00-08:00');
    expect(first('18 Nov 2019,')).toBe('2019-11-18');
    expect(first('on Monday, November 18th, 2019 at 11:08 a.m.')).toBe('2019-11-18T11:08:00');
    expect(first('November 19, 2019 / 10:07 AM / CBS News')).toBe('2019-11-19');
    expect(first('Tue Nov 19 2019 05:44:06 GMT+0000')).toBe('2019-11-19T05:44:06Z');
    // An impossible day is left to the parser, which may find a date further on.
    expect(first('February 30, 2019 | March 1, 2019')).toBeUndefined();
    // A whole line is still only a date when nothing but marks surrounds it.
    expect(quickDate('November 19, 2019 / 10:07 AM / CBS News')).toBeUndefined();
    expect(dateLine('November 19, 2019 / 10:07 AM / CBS News')).toBeNull();
  });
  it('gives null for a day without a year, as the parser only implies one', () => {
    const noYear = fc
      .record({
        weekday: fc.constantFrom('', 'Tue, ', 'Monday '),
        month: fc.constantFrom(...MONTHS, 'Sept', 'sept.', 'NOV', 'Aug'),
        day: fc.integer({ min: 0, max: 40 }),
        suffix: fc.constantFrom('', 'th', 'st'),
        dayFirst: fc.boolean(),
        time: fc.constantFrom('', ' at 4:46 PM', ' at 11:08am', ' at 9:00'),
      })
      .map((r) => (r.dayFirst ? `${r.day}${r.suffix} ${r.month}` : `${r.weekday}${r.month} ${r.day}${r.suffix}${r.time}`));
    fc.assert(
      fc.property(noYear, (s) => {
        const q = quick(s);
        if (q !== undefined) expect(q, s).toBe(byParser(s));
      }),
      { numRuns: 500, seed: 11 },
    );
    for (const s of ['November 20', '13 Aug', 'Tue, Nov 19 at 4:46 PM', '05 of October']) {
      expect(quick(s), s).toBeNull();
      expect(byParser(s), s).toBeNull();
    }
  });

  it('gives the parser’s answer wherever it gives one', () => {
    fc.assert(
      fc.property(dateString, (s) => {
        const q = quick(s);
        if (q !== undefined) expect(q, s).toBe(byParser(s));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
  it('leaves parseHumanDate and dateLine answering as the parser does', () => {
    fc.assert(
      fc.property(dateString, (s) => {
        expect(parseHumanDate(s), s).toBe(byParser(s));
        const line = dateLine(s);
        if (line) expect(line.date, s).toBe(byParser(s));
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});

describe('repeated strings', () => {
  it('get the same answer again, also after many others', () => {
    const strings = Array.from({ length: 150 }, (_, i) => `${MONTHS[i % 12] ?? 'May'} ${(i % 28) + 1} 20${10 + (i % 15)} @${i % 24}:00 PM`);
    for (let round = 0; round < 2; round++) for (const s of strings) expect(parseHumanDate(s), s).toBe(byParser(s));
  });
});

describe('telephone numbers', () => {
  it('are no date, as the parser finds none in them', () => {
    for (const s of ['(855) 650-0657', '866-825-0554', '(212)809-6060', '609.365.7014']) {
      expect(quick(s), s).toBeNull();
      expect(byParser(s), s).toBeNull();
    }
  });
});
