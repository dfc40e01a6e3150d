// Words time expressions are built from: numbers, months, weekdays, units.

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2,
};

/** Regex source for a cardinal: digits, a number word, or a compound like "twenty-four" / "twenty four". */
export const NUMBER_SRC =
  '(?:\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))|' +
  '(?:a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|a\\s+hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))';

/** Vague quantities whose TimeML value uses X for the number ("several years" → PXY). */
export const VAGUE_SRC = '(?:several|a\\s+few|few|many|some|a\\s+number\\s+of|recent|the\\s+past\\s+few|the\\s+last\\s+few)';

/** First characters of every match of NUMBER_SRC and of VAGUE_SRC (see `openings` in time-scan.ts). */
export const NUMBER_OPENINGS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'co', 'on', 'tw', 'th', 'fo', 'fi', 'si', 'se', 'ei', 'ni', 'te', 'el', 'hu'];
export const VAGUE_OPENINGS = ['se', 'a', 'fe', 'ma', 'so', 're', 'th'];

/** Value of a number phrase matched by NUMBER_SRC; null when it is not one. */
export function numberValue(phrase: string): number | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(p)) return Number(p);
  if (p === 'a couple of' || p === 'couple of') return 2;
  if (p === 'a dozen') return 12;
  if (p === 'a hundred') return 100;
  const parts = p.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month number (1–12) of a full or abbreviated name. */
export function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(n === 'sept' ? 'sep' : n));
  return i < 0 ? null : i + 1;
}

export const MONTH_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

/** First two letters of every name MONTH_SRC matches. */
export const MONTH_OPENINGS = ['ja', 'fe', 'ma', 'ap', 'ju', 'au', 'se', 'oc', 'no', 'de'];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY_SRC = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** ISO weekday number of a name (Monday = 1). */
export function weekdayNumber(name: string): number | null {
  const i = WEEKDAYS.indexOf(name.toLowerCase().replace(/s$/, ''));
  return i < 0 ? null : i + 1;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'quarter';

export const UNIT_SRC = '(?:second|minute|hour|day|week|month|year|decade|century|centuries|quarter)';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  const base = w.replace(/s$/, '');
  const units: Unit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'quarter'];
  return units.find((u) => u === base) ?? null;
}

/** TimeML duration value for n units ("P3Y", "PT2H", "P10Y" for a decade); n null → X. */
export function durationValue(n: number | null, unit: Unit): string {
  // A half of a year or an hour is written in the next smaller unit: "2 1/2 years" → P2Y6M.
  if (n !== null && n % 1 === 0.5 && n < 1000) {
    if (unit === 'year') return `P${Math.floor(n)}Y6M`;
    if (unit === 'hour') return `PT${Math.floor(n)}H30M`;
    if (unit === 'minute') return `PT${Math.floor(n)}M30S`;
    if (unit === 'day') return `P${Math.floor(n)}DT12H`;
  }
  const q = (k: number): string => (n === null ? 'X' : String(Number((n * k).toFixed(3))));
  switch (unit) {
    case 'second': return `PT${q(1)}S`;
    case 'minute': return `PT${q(1)}M`;
    case 'hour': return `PT${q(1)}H`;
    case 'day': return `P${q(1)}D`;
    case 'week': return `P${q(1)}W`;
    case 'month': return `P${q(1)}M`;
    case 'quarter': return `P${q(3)}M`;
    case 'year': return `P${q(1)}Y`;
    case 'decade': return n === null ? 'P10XY' : `P${q(10)}Y`;
    case 'century': return n === null ? 'P100XY' : `P${q(100)}Y`;
  }
}

/** Nouns a preceding number label identifies rather than dates ("Resolution 2022", "paragraph 2"). */
export const LABEL_NOUNS = new Set([
  'resolution', 'resolutions', 'no', 'no.', 'nos', 'nos.', 'number', 'numbers', 'paragraph', 'para', 'para.', 'article',
  'articles', 'section', 'clause', 'item', 'page', 'pages', 'p.', 'pp.', 'flight', 'route', 'room', 'code', 'model',
  'version', 'highway', 'point', 'points', 'chapter', 'rule', 'decree', 'order', 'law', 'bill', 'form', 'file', 'case',
  'annex', 'appendix', 'protocol', 'table', 'figure', 'fig.', 'line', 'lines', 'unit', 'platform', 'gate', 'box',
  'bus', 'train', 'vol.', 'volume', 'issue', 'iso', 'en', 'id', 'ref', 'ref.', 'exhibit',
]);

/** Counted nouns after a four-digit number that make it a quantity, not a year ("2000 troops"). */
export const COUNT_NOUNS =
  /^(people|persons|troops|soldiers|servicemen|men|women|children|residents|refugees|civilians|workers|employees|members|votes|voters|cases|deaths|dead|casualties|dollars|euros|rubles|roubles|pounds|yuan|tons|tonnes|barrels|kilometers|kilometres|km|miles|meters|metres|feet|units|pieces|vehicles|tanks|aircraft|planes|missiles|rounds|shells|jobs|copies|times|hectares|acres|signatures|delegates|participants|students|prisoners|detainees|hostages|police|officers|homes|houses|buildings|points|words|pages|items|years|days|hours|minutes)\b/i;

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(?:${TENS_WORDS.join('|')})(?:[- ](?:${UNITS_WORDS.join('|')}))?|${TEENS_WORDS.join('|')})`;

/** A year said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand", "two thousand and one". */
export const YEAR_WORDS_SRC = `(?:(?:nineteen|eighteen)[- ](?:hundred[- ](?:and[- ])?)?${TWO_DIGITS}|two[- ]thousand(?:[- ](?:and[- ])?(?:${TWO_DIGITS}|${UNITS_WORDS.join('|')}))?|twenty[- ](?:${TEENS_WORDS.join('|')}|twenty(?:[- ](?:${UNITS_WORDS.join('|')}))?))`;

/** Value of a year matched by YEAR_WORDS_SRC, or null. */
export function yearWordsValue(phrase: string): number | null {
  const words = phrase.toLowerCase().split(/[- ]+/).filter((w) => w !== 'and' && w !== 'hundred');
  const small = (ws: string[]): number | null => {
    let total = 0;
    for (const w of ws) {
      const v = SMALL[w];
      if (v === undefined) return null;
      total += v;
    }
    return total;
  };
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = small(words.slice(2));
    return rest === null ? null : 2000 + rest;
  }
  const head = SMALL[words[0] ?? ''];
  const rest = small(words.slice(1));
  if (head === undefined || rest === null || rest > 99) return null;
  return head * 100 + rest;
}
