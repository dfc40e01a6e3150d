import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueWindow } from '../../src/read/time-chrono.js';

const REACH = 60;

/** The window as first written: the cue's line found by searching to its ends (quadratic on one long line). */
function lineSearchWindow(text: string, index: number, length: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const nl = text.indexOf('\n', index);
  const lineEnd = nl < 0 ? text.length : nl;
  let start = Math.max(lineStart, index - REACH);
  while (start > lineStart && !/\s/.test(text[start - 1]!)) start--;
  let end = Math.min(lineEnd, index + length + REACH);
  while (end < lineEnd && !/\s/.test(text[end]!)) end++;
  return [start, end];
}

describe('cueWindow', () => {
  // Runs of letters, spaces of several kinds and newlines, long enough to put line ends on both sides of REACH.
  const piece = fc.oneof(
    fc.constantFrom('\n', ' ', '\t', '\u00a0', '\r\n', 'Feb', '17', '.'),
    fc.integer({ min: 1, max: 90 }).map((n) => 'x'.repeat(n)),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(''));

  it('gives the window of a search to the line ends, for any cue in any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 12 }), (t, at, length) => {
        const index = at % t.length;
        const len = Math.min(length, t.length - index);
        expect(cueWindow(t, index, len)).toEqual(lineSearchWindow(t, index, len));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('stops at a newline just inside or just outside REACH', () => {
    for (const gap of [REACH - 2, REACH - 1, REACH, REACH + 1, REACH + 2]) {
      const t = `${'a '.repeat(50)}\n${'b'.repeat(gap)}17 Feb${'c'.repeat(gap)}\n${' d'.repeat(50)}`;
      const index = t.indexOf('17');
      expect(cueWindow(t, index, 2)).toEqual(lineSearchWindow(t, index, 2));
    }
  });
});
