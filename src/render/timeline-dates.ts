// TimeML date values → the UTC period they cover, for drawing a timeline. Values that
// name no fixed period (XXXX-12-17, PAST_REF, P3D) give null.

export interface Period {
  start: Date;
  end: Date;
}

const SEASONS: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], WI: [11, 14] };

export function periodOf(value: string): Period | null {
  const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (mo > 11 || d < 1 || d > 31) return null;
    return { start: utc(y, mo, d), end: utc(y, mo, d + 1) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    return mo > 11 ? null : { start: utc(y, mo), end: utc(y, mo + 1) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week 1 is the week holding 4 January; weeks start on Monday.
    const y = Number(m[1]);
    const jan4 = utc(y, 0, 4);
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
    const start = new Date(monday.getTime() + (Number(m[2]) - 1) * 7 * 86_400_000);
    return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = Number(m[2]) - 1;
    return { start: utc(Number(m[1]), q * 3), end: utc(Number(m[1]), q * 3 + 3) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to] = SEASONS[m[2]!]!;
    return { start: utc(Number(m[1]), from), end: utc(Number(m[1]), to) };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: utc(Number(m[1])), end: utc(Number(m[1]) + 1) };
  if ((m = /^(\d{3})X?$/.exec(value))) return { start: utc(Number(m[1]) * 10), end: utc(Number(m[1]) * 10 + 10) };
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return { start: utc(Number(m[1]) * 100), end: utc(Number(m[1]) * 100 + 100) };
  return null;
}
