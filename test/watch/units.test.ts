import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, seededRandom } from '../../src/watch/backoff.js';
import { OpmlError, parseOpml } from '../../src/watch/opml.js';
import { afterFailure, afterSuccess, dueAt } from '../../src/watch/schedule.js';

describe('parseOpml', () => {
  it('lists every feed of nested outlines once, in order, whatever the attribute case', () => {
    const text = `<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline title="Folder"><outline xmlUrl="https://a.example/feed" /><outline XMLURL="http://b.example/rss?x=1&amp;y=2"/></outline>
      <outline xmlurl="https://a.example/feed"/><outline xmlUrl="/relative.xml"/><outline xmlUrl="ftp://c.example/feed"/><outline text="no feed"/>
    </body></opml>`;
    expect(parseOpml(text)).toEqual(['https://a.example/feed', 'http://b.example/rss?x=1&y=2']);
  });

  it('refuses a file that is not OPML', () => {
    expect(() => parseOpml('<rss version="2.0"><channel/></rss>')).toThrow(OpmlError);
    expect(() => parseOpml('just text')).toThrow(/not an OPML file/);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 60_000, maxMs: 3_600_000 };

  it('doubles per failure inside [e/2, e), capped', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(30_000);
    expect(backoffDelay(1, policy, () => 0.999999)).toBeLessThan(60_000);
    expect(backoffDelay(3, policy, () => 0)).toBe(120_000);
    expect(backoffDelay(50, policy, () => 0.5)).toBe(2_700_000);
    expect(backoffDelay(1e9, policy, () => 0.5)).toBe(2_700_000);
  });

  it('never shrinks from one failure to the next, for any jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, r1, r2) => {
        const a = backoffDelay(k, policy, () => r1);
        const b = backoffDelay(k + 1, policy, () => r2);
        return b >= a || a >= policy.maxMs / 2; // only at the cap can jitter reorder them
      }),
    );
  });

  it('replays the same jitter from the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 5 }, () => a());
    expect(values).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(5);
  });
});

describe('schedule', () => {
  const interval = 10 * 60_000;
  const t = Date.UTC(2022, 1, 17);

  it('makes a new feed due now, a healthy one an interval after its last poll (any time with --once)', () => {
    expect(dueAt(undefined, interval, false)).toBe(-Infinity);
    const ok = afterSuccess('https://x.example/feed', { etag: '"a"', lastModified: null }, t, interval);
    expect(ok).toMatchObject({ failures: 0, lastError: null, etag: '"a"', nextPoll: new Date(t + interval).toISOString() });
    expect(dueAt(ok, interval, false)).toBe(t + interval);
    expect(dueAt(ok, 2 * interval, false)).toBe(t + 2 * interval);
    expect(dueAt(ok, interval, true)).toBe(-Infinity);
  });

  it('keeps validators through a failure and makes the feed wait for its backoff in every mode', () => {
    const ok = afterSuccess('https://x.example/feed', { etag: '"a"', lastModified: 'Thu, 17 Feb 2022 00:00:00 GMT' }, t, interval);
    const failed = afterFailure(ok.url, ok, 'HTTP 503 Service Unavailable', t + interval, { baseMs: interval, maxMs: 8 * interval }, () => 0);
    expect(failed).toMatchObject({ failures: 1, etag: '"a"', lastModified: ok.lastModified, lastError: 'HTTP 503 Service Unavailable' });
    expect(dueAt(failed, interval, true)).toBe(t + interval + interval / 2);
    expect(dueAt(failed, interval, false)).toBe(t + interval + interval / 2);
    const again = afterFailure(ok.url, failed, 'HTTP 503 Service Unavailable', t, { baseMs: interval, maxMs: 8 * interval }, () => 0);
    expect(again.failures).toBe(2);
  });
});
