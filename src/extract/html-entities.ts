// Character references for the tree pass. The pass runs htmlparser2 with its own decoding off: the tokenizer then
// skips through text and attribute values with a plain character search instead of stepping its state machine
// over every character, and the few pieces holding a `&` are decoded here, the way the tokenizer would have.
import { DecodingMode, EntityDecoder, decodeHTMLAttribute, fromCodePoint, htmlDecodeTree } from 'entities/lib/decode.js';

/** Code points of the reference being decoded (two for a few named references). */
const found: number[] = [];
const decoder = new EntityDecoder(htmlDecodeTree, (cp) => {
  found.push(cp);
});

/**
 * Hands `raw` (text between two tags) to `emit` in the pieces htmlparser2's decoding gives its text callback:
 * the text before each decoded reference, each decoded character on its own, and the rest. Text that the
 * tokenizer passes through undecoded (script, style) must not come here.
 */
export function emitDecodedText(raw: string, emit: (piece: string) => void): void {
  let last = 0;
  let amp = raw.indexOf('&');
  while (amp >= 0) {
    found.length = 0;
    decoder.startEntity(DecodingMode.Legacy);
    let consumed = decoder.write(raw, amp + 1);
    // The piece ends where the tokenizer saw a tag start; a reference cut there ends as at any other stop.
    if (consumed < 0) consumed = decoder.end();
    if (consumed <= 0) {
      amp = raw.indexOf('&', amp + 1);
      continue;
    }
    if (amp > last) emit(raw.slice(last, amp));
    for (const cp of found) emit(fromCodePoint(cp));
    last = amp + consumed;
    amp = raw.indexOf('&', last);
  }
  if (last === 0) emit(raw);
  else if (last < raw.length) emit(raw.slice(last));
}

/** An attribute value as htmlparser2 would have decoded it. */
export function decodeAttribute(raw: string): string {
  return raw.indexOf('&') < 0 ? raw : decodeHTMLAttribute(raw);
}
