import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';

/** Each quote as [source, cue, content] text. */
function quotes(text: string): [string | null, string | null, string][] {
  const at = (s: { start: number; end: number } | null) => s && text.slice(s.start, s.end);
  return read(text).quotes.map((q) => [at(q.source), at(q.cue), text.slice(q.content.start, q.content.end)]);
}

describe('"according to" sources read through a window', () => {
  it('takes a short source clause whole, however many characters its words have', () => {
    expect(quotes('According to the ministry spokesman, the talks failed.')).toEqual([['the ministry spokesman', 'According to', 'the talks failed']]);
    // A clause of few words that runs past the window is still read to its comma.
    const word = 'x'.repeat(2100);
    const text = `According to the ministry spokesman ${word}, the talks failed.`;
    expect(quotes(text)).toEqual([[`the ministry spokesman ${word}`, 'According to', 'the talks failed']]);
  });

  it('takes no source from a clause of more than sixteen words (thirty opening the sentence), inside or past the window', () => {
    expect(quotes(`According to ${'the ministry '.repeat(16)}spokesman, the talks failed.`)).toEqual([]);
    expect(quotes(`According to ${'the ministry '.repeat(400)}spokesman, the talks failed.`)).toEqual([]);
  });
});
