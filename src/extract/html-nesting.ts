// Guard against pathological nesting. htmlparser2 keeps its open-element stack with unshift, so each tag
// costs time proportional to the depth: 100k unclosed tags would take minutes. Pages that nest past
// MAX_PARSER_DEPTH are flattened first: tags beyond FLAT_DEPTH levels are dropped, their text kept.

/** Parser stack depth at which parsing stops and the page is flattened instead. */
export const MAX_PARSER_DEPTH = 1000;
/** Nesting kept by flattening. */
export const FLAT_DEPTH = 120;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Tags a browser closes when a sibling opens; counting them would make old-style HTML look deep.
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** Upper estimate of element nesting depth, by a linear scan of the tags. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || SELF_ENDING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Drops the tags that open beyond `limit` levels (and their matching closes), keeping all text. */
export function flattenDeepNesting(html: string, limit = FLAT_DEPTH): string {
  let depth = 0;
  let dropped = 0;
  const out = html.replace(TAG, (tag, slash: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || SELF_ENDING.has(name) || selfClose === '/') return depth >= limit ? ' ' : tag;
    if (slash === '/') {
      if (dropped > 0) {
        dropped--;
        return ' ';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= limit) {
      dropped++;
      return ' ';
    }
    depth++;
    return tag;
  });
  return out.replace(/[ \t\r\n]{2,}/g, ' ');
}
