// Words read backwards from a trigger: the negators and modals that govern it stand in the few words before
// it, so these walk back from the trigger instead of splitting the whole stretch before it.

/** The last n words (runs without white space) of text[from, to), joined by single spaces. Read backwards from
 * `to`: splitting the whole stretch, often most of a sentence, cost more than the few words kept. */
export function lastWords(text: string, from: number, to: number, n: number): string {
  const words: string[] = [];
  let k = Math.min(to, text.length);
  while (words.length < n) {
    while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
    if (k <= from) break;
    let s = k - 1;
    while (s > from && !isSpace(text.charCodeAt(s - 1))) s--;
    words.push(text.slice(s, k));
    k = s;
  }
  return words.reverse().join(' ');
}

/** What \s matches, by UTF-16 unit. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last , or ; in text[lo, pos), or -1: the start of the stretch a negator before `pos` may stand in. */
export function lastStopBefore(text: string, lo: number, pos: number): number {
  for (let k = pos - 1; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59) return k;
  }
  return -1;
}
