// Word tokens with offsets, as the actor and quote finders need them: letters/digits with inner
// dots, hyphens and apostrophes ("Lenta.ru", "U.S.", "Nagorno-Karabakh"), a trailing possessive split
// off ("Russia's" → "Russia"), and glued words from scraped credit lines split ("KortunovDirector").

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Text between the previous token's end and this token's start is only spaces (same phrase). */
  joined: boolean;
  /** A possessive ('s) followed this token. */
  possessive: boolean;
  /** A slot for what a caller works out about the token (actors: its word info), null until then. Present from
   *  creation, so that filling it does not change every token's shape (and allocate) on the hot path. */
  info: unknown;
}

// A word is [\p{L}\p{N}][\p{L}\p{M}\p{N}]* groups joined by one of . - ' ’ &, plus an optional final period.
// The scan below is that pattern written out by hand over character classes looked up in a table: the
// tokenizer sees every character of every text, and a pattern with Unicode classes costs several times more.
const START = 1; // \p{L} or \p{N}
const BODY = 2; // \p{L}, \p{M} or \p{N}
const CLASS = new Uint8Array(0x10000).fill(0xff); // per UTF-16 unit, filled on first sight
const START_RE = /^[\p{L}\p{N}]$/u;
const BODY_RE = /^[\p{L}\p{M}\p{N}]$/u;

function classOf(ch: string): number {
  return (START_RE.test(ch) ? START : 0) | (BODY_RE.test(ch) ? BODY : 0);
}

/** Class of the code point at i (START/BODY bits); a surrogate pair is one code point, as in a /u pattern. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2));
  }
  let k = CLASS[c]!;
  if (k === 0xff) k = CLASS[c] = classOf(String.fromCharCode(c));
  return k;
}

/** Length in UTF-16 units of the code point at i. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Set by skipBody: the word scanned so far may have an inner capital (an ASCII capital or any non-ASCII
 * character after its first), so hasInnerCapital must look. */
let mayHaveInnerCapital = false;

function skipBody(text: string, k: number, n: number): number {
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        k++;
        continue;
      }
      if (c >= 65 && c <= 90) {
        mayHaveInnerCapital = true;
        k++;
        continue;
      }
      return k;
    }
    mayHaveInnerCapital = true;
    if (!(classAt(text, k) & BODY)) return k;
    k += unitsAt(text, k);
  }
  return k;
}

function isStartAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) {
    if (c >= 65 && c <= 90) mayHaveInnerCapital = true;
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  mayHaveInnerCapital = true;
  return (classAt(text, k) & START) !== 0;
}

/** End of the word that starts at s (a START character). */
function wordEnd(text: string, s: number): number {
  const n = text.length;
  let k = skipBody(text, s + unitsAt(text, s), n);
  while (k + 1 < n) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 45 && c !== 39 && c !== 0x2019 && c !== 38) break;
    if (!isStartAt(text, k + 1)) break;
    k = skipBody(text, k + 1 + unitsAt(text, k + 1), n);
  }
  if (k < n && text.charCodeAt(k) === 46) k++;
  return k;
}

const DOTTED_INITIALS = /^(?:\p{L}\.)+$/u;

/** DOTTED_INITIALS ("U.S.", "J."), without the pattern for ASCII words. */
function isDottedInitials(word: string): boolean {
  if (!ascii(word)) return DOTTED_INITIALS.test(word);
  if (word.length === 0 || word.length % 2 !== 0) return false;
  for (let k = 0; k < word.length; k += 2) {
    const c = word.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) || word.charCodeAt(k + 1) !== 46) return false;
  }
  return true;
}

function ascii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return false;
  return true;
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let pos = start;
  while (pos < end) {
    if (!isStartAt(text, pos)) {
      pos += unitsAt(text, pos);
      continue;
    }
    const s = pos;
    mayHaveInnerCapital = false;
    const matchEnd = wordEnd(text, s);
    pos = matchEnd;
    let e = Math.min(matchEnd, end);
    // A final period belongs to the word only for dotted acronyms and initials ("U.S.", "J.").
    if (text.charCodeAt(e - 1) === 46 && !isDottedInitials(text.slice(s, e))) e--;
    let possessive = false;
    const last2 = e - s > 2 ? text.charCodeAt(e - 2) : 0;
    if ((last2 === 39 || last2 === 0x2019) && text.charCodeAt(e - 1) === 115) {
      e -= 2;
      possessive = true;
    }
    // One slice per token, and no list of parts unless the word is glued: this runs for every word of every text.
    const word = text.slice(s, e);
    if (!(mayHaveInnerCapital && hasInnerCapital(word))) {
      out.push({ start: s, end: e, text: word, joined: prevEnd >= 0 && onlySpaces(text, prevEnd, s), possessive, info: null });
      prevEnd = e;
    } else {
      const parts = splitGlued(word);
      let offset = s;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        out.push({
          start: offset,
          end: offset + p.length,
          text: p,
          joined: i === 0 && prevEnd >= 0 && onlySpaces(text, prevEnd, offset),
          possessive: possessive && i === parts.length - 1,
          info: null,
        });
        prevEnd = offset + p.length;
        offset += p.length;
      }
    }
    if (possessive) prevEnd = -1; // a possessive ends the phrase
  }
  return out;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

const UPPER = /\p{Lu}/u;

function hasInnerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) {
      // Whole code points, so a capital outside the BMP (a surrogate pair) counts too; \p{Lu} rather than
      // a case mapping, since some capitals (mathematical letters) have no lower case.
      const ch = String.fromCodePoint(word.codePointAt(k)!);
      if (UPPER.test(ch)) return true;
      if (ch.length === 2) k++;
    }
  }
  return false;
}

/** "KortunovDirector" → ["Kortunov", "Director"]; "McDonald", "MacArthur", "iPhone", "DeSantis" stay whole. */
function splitGlued(word: string): string[] {
  const m = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}.*)$/u.exec(word);
  if (!m || /^(?:Mac|Mc|De|Van|Von|La|Le|Di|Du|O)$/.test(m[1]!)) return [word];
  return [m[1]!, ...splitGlued(m[2]!)];
}

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

export function isNameShaped(word: string): boolean {
  // Inner capitals only after the Gaelic and Romance prefixes ("McCrory", "MacArthur", "DeSantis", "O'Neill").
  return /^(?:Mc|Mac|De|Di|La|Le|O['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:[-'’]\p{L}[\p{Ll}\p{M}]+)*$/u.test(word);
}
