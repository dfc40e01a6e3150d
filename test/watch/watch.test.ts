import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { seededRandom } from '../../src/watch/backoff.js';
import type { PollReport } from '../../src/watch/poll.js';
import { runWatch, type WatchOptions } from '../../src/watch/watcher.js';
import { FeedSite, seedParagraphs, type Item } from './feed-site.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2022, 1, 18, 12, 0);

const mfa: Item = {
  path: '/news/mfa-response',
  title: 'Foreign Ministry releases reaction to US response on security guarantees',
  published: '2022-02-17T10:00:00Z',
  paragraphs: seedParagraphs('000_e65738cb91f1e9d0.txt', 0, 30),
};
const storm: Item = {
  path: '/news/storm',
  title: 'Storm closes ferry routes along the Norwegian coast',
  published: '2022-02-17T08:00:00Z',
  paragraphs: [
    'Ferry operators along the western coast of Norway cancelled all crossings on Thursday as a winter storm brought gusts of up to 40 metres per second.',
    'The meteorological institute said the wind would ease by Friday morning, and that roads in the mountains would stay closed until snow ploughs had cleared them.',
    'Several thousand households lost power overnight; the grid operator said most would be reconnected within a day.',
  ],
};
const rt: Item = {
  path: '/digest/rt-reaction',
  title: 'Russian Foreign Ministry hands over reaction to US response on security guarantees',
  published: '2022-02-17T12:00:00Z',
  paragraphs: seedParagraphs('004_d99e5f2553e52203.txt', 0, 30),
};
const follow: Item = {
  path: '/news/military-technical',
  title: 'Moscow warns of military-technical measures without security guarantees',
  published: '2022-02-17T15:00:00Z',
  paragraphs: seedParagraphs('004_d99e5f2553e52203.txt', 5, 8),
};

let site: FeedSite;
let dir: string;
let db: string;
let clock: number;

beforeAll(async () => {
  site = await FeedSite.start();
});
afterAll(() => site.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
  db = join(dir, 'news.db');
  clock = T0;
  site.requests.length = 0;
  site.failing.clear();
  site.feed('/rss.xml', 'rss', [mfa, storm]);
  site.feed('/atom.xml', 'atom', [rt]);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  reports: PollReport[];
  regroups: number[];
  problems: string[];
}

/** One `--once` run as a fresh process would do it: open the store, watch, close. */
async function watchOnce(feeds: string[], options: Partial<WatchOptions> = {}): Promise<Run> {
  const run: Run = { reports: [], regroups: [], problems: [] };
  const store = await openStore(db);
  try {
    await runWatch(store, {
      feeds,
      once: true,
      intervalMs: 15 * MINUTE,
      web: { hostDelayMs: 0, timeoutMs: 5000 },
      now: () => clock,
      random: seededRandom(7),
      onReport: (r) => run.reports.push(r),
      onRegroup: (n) => run.regroups.push(n),
      onProblem: (m) => run.problems.push(m),
      ...options,
    });
  } finally {
    await store.close();
  }
  return run;
}

async function withStore<T>(body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

const report = (run: Run, path: string) => run.reports.find((r) => r.feed === site.url(path))!;

describe('watch --once', () => {
  it('adds every article of an RSS and an Atom feed, then groups the stories', async () => {
    const run = await watchOnce([site.url('/rss.xml'), site.url('/atom.xml')]);
    expect(report(run, '/rss.xml')).toMatchObject({ status: 'ok', new: 2, known: 0, problems: 0, deferred: 0 });
    expect(report(run, '/atom.xml')).toMatchObject({ status: 'ok', new: 1, known: 0 });
    expect(run.problems).toEqual([]);
    expect(run.regroups).toHaveLength(1);
    await withStore(async (store) => {
      const urls = (await store.articles()).map((a) => a.article.url).sort();
      expect(urls).toEqual([site.url(mfa.path), site.url(rt.path), site.url(storm.path)].sort());
      const stories = await store.stories();
      // The two reports of the Foreign Ministry's reaction tell one story; the storm is another.
      const sizes = stories.map((s) => s.articles).sort();
      expect(sizes).toEqual([1, 2]);
      const states = await store.feedStates();
      expect(states.map((s) => s.url)).toEqual([site.url('/atom.xml'), site.url('/rss.xml')]);
      const rss = states.find((s) => s.url === site.url('/rss.xml'))!;
      expect(rss.etag).toMatch(/^"[0-9a-f]+"$/);
      expect(rss).toMatchObject({ failures: 0, lastError: null, lastPolled: new Date(T0).toISOString(), nextPoll: new Date(T0 + 15 * MINUTE).toISOString() });
      expect(states.find((s) => s.url === site.url('/atom.xml'))).toMatchObject({ etag: null, lastModified: expect.stringMatching(/GMT$/) });
    });
  });

  it('sends conditional requests on the next run (a restart), gets 304 and adds nothing', async () => {
    await watchOnce([site.url('/rss.xml'), site.url('/atom.xml')]);
    const before = await withStore((s) => s.articles());
    site.requests.length = 0;
    clock += 20 * MINUTE;
    const run = await watchOnce([site.url('/rss.xml'), site.url('/atom.xml')]);
    expect(run.reports.map((r) => r.status)).toEqual(['not-modified', 'not-modified']);
    expect(run.regroups).toEqual([]);
    // The ETag went back for RSS, the Last-Modified date for Atom (it sends no ETag).
    expect(site.requests.find((r) => r.path === '/rss.xml')).toMatchObject({ status: 304, ifNoneMatch: expect.stringMatching(/^"/) });
    expect(site.requests.find((r) => r.path === '/atom.xml')).toMatchObject({ status: 304, ifNoneMatch: null, ifModifiedSince: expect.stringMatching(/GMT$/) });
    expect(site.requests.filter((r) => r.path.startsWith('/news/') || r.path.startsWith('/digest/'))).toEqual([]);
    const after = await withStore((s) => s.articles());
    expect(after.map((a) => [a.id, a.version])).toEqual(before.map((a) => [a.id, a.version]));
  });

  it('fetches only the item a feed gained, and regroups it into its story', async () => {
    await watchOnce([site.url('/rss.xml'), site.url('/atom.xml')]);
    site.requests.length = 0;
    site.publish('/rss.xml', follow);
    const run = await watchOnce([site.url('/rss.xml'), site.url('/atom.xml')]);
    expect(report(run, '/rss.xml')).toMatchObject({ status: 'ok', new: 1, known: 2 });
    expect(report(run, '/rss.xml').articles.map((a) => a.status)).toEqual(['added']);
    expect(report(run, '/atom.xml').status).toBe('not-modified');
    // The changed feed was asked for conditionally and answered in full; one page was fetched.
    expect(site.requests.find((r) => r.path === '/rss.xml')).toMatchObject({ status: 200, ifNoneMatch: expect.stringMatching(/^"/) });
    const pages = site.requests.filter((r) => r.path.startsWith('/news/') || r.path.startsWith('/digest/')).map((r) => r.path);
    expect(pages).toEqual([follow.path]);
    expect(run.regroups).toHaveLength(1);
    await withStore(async (store) => {
      expect(await store.articles()).toHaveLength(4);
      expect((await store.stories()).map((s) => s.articles).sort()).toEqual([1, 3]);
    });
  });

  it('backs a failing feed off, longer after each failure, while the others go on', async () => {
    site.feed('/broken.xml', 'rss', []);
    site.failing.set('/broken.xml', 500);
    const feeds = [site.url('/broken.xml'), site.url('/rss.xml')];
    const first = await watchOnce(feeds);
    expect(report(first, '/broken.xml')).toMatchObject({ status: 'failed', failures: 1, error: 'HTTP 500 Internal Server Error' });
    expect(report(first, '/rss.xml')).toMatchObject({ status: 'ok', new: 2 });

    const waits: number[] = [];
    const broken = () => withStore(async (s) => (await s.feedState(site.url('/broken.xml')))!);
    let state = await broken();
    waits.push(Date.parse(state.nextPoll!) - clock);
    // Backing off: a run before the next poll time does not ask the failing feed at all.
    const requestsBefore = site.count('/broken.xml');
    const early = await watchOnce(feeds);
    expect(report(early, '/broken.xml')).toMatchObject({ status: 'waiting', failures: 1 });
    expect(site.count('/broken.xml')).toBe(requestsBefore);
    expect(report(early, '/rss.xml').status).toBe('not-modified');

    for (let failure = 2; failure <= 5; failure++) {
      clock = Date.parse(state.nextPoll!);
      const run = await watchOnce(feeds);
      expect(report(run, '/broken.xml')).toMatchObject({ status: 'failed', failures: failure });
      state = await broken();
      waits.push(Date.parse(state.nextPoll!) - clock);
    }
    // Equal jitter: the k-th wait lies in [b·2^(k−2), b·2^(k−1)) with b the 15-minute interval.
    waits.forEach((wait, k) => {
      expect(wait).toBeGreaterThanOrEqual(7.5 * MINUTE * 2 ** k);
      expect(wait).toBeLessThan(15 * MINUTE * 2 ** k);
    });
    for (let k = 1; k < waits.length; k++) expect(waits[k]).toBeGreaterThan(waits[k - 1]!);

    // Recovery resets the count.
    site.failing.delete('/broken.xml');
    clock = Date.parse(state.nextPoll!);
    const healed = await watchOnce(feeds);
    expect(report(healed, '/broken.xml')).toMatchObject({ status: 'ok', failures: 0 });
    expect(await broken()).toMatchObject({ failures: 0, lastError: null });
  });

  it('caps the backoff', async () => {
    site.failing.set('/rss.xml', 503);
    const backoff = { baseMs: MINUTE, maxMs: 4 * MINUTE };
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await watchOnce([site.url('/rss.xml')], { backoff });
      const state = await withStore(async (s) => (await s.feedState(site.url('/rss.xml')))!);
      waits.push(Date.parse(state.nextPoll!) - clock);
      clock = Date.parse(state.nextPoll!);
    }
    expect(Math.max(...waits)).toBeLessThan(4 * MINUTE);
    expect(waits.slice(3).every((w) => w >= 2 * MINUTE)).toBe(true);
  });

  it('leaves new items over --max-links for the next poll, which reads the whole feed again', async () => {
    const first = await watchOnce([site.url('/rss.xml')], { web: { hostDelayMs: 0, maxLinks: 1 } });
    expect(report(first, '/rss.xml')).toMatchObject({ new: 2, deferred: 1 });
    expect(report(first, '/rss.xml').articles).toHaveLength(1);
    // No validators were kept, so the next run is not told "not modified" and takes the rest.
    expect(await withStore(async (s) => (await s.feedState(site.url('/rss.xml')))!.etag)).toBeNull();
    const second = await watchOnce([site.url('/rss.xml')], { web: { hostDelayMs: 0, maxLinks: 1 } });
    expect(report(second, '/rss.xml')).toMatchObject({ status: 'ok', new: 1, known: 1, deferred: 0 });
    const third = await watchOnce([site.url('/rss.xml')], { web: { hostDelayMs: 0, maxLinks: 1 } });
    expect(report(third, '/rss.xml').status).toBe('not-modified');
    expect(site.count(mfa.path) + site.count(storm.path)).toBe(2);
  });

  it('reports an item whose page cannot be read and retries it with the feed', async () => {
    site.failing.set(storm.path, 404);
    const first = await watchOnce([site.url('/rss.xml')]);
    expect(report(first, '/rss.xml')).toMatchObject({ new: 2, problems: 1 });
    expect(first.problems.join('\n')).toContain(storm.path);
    site.failing.delete(storm.path);
    const second = await watchOnce([site.url('/rss.xml')]);
    expect(report(second, '/rss.xml')).toMatchObject({ status: 'ok', new: 1, known: 1, problems: 0 });
    expect(site.count('/rss.xml', (r) => r.status === 304)).toBe(0);
  });
});

describe('watch loop', () => {
  it('polls again one interval later, and stops on the signal after finishing the current article', async () => {
    const stop = new AbortController();
    const sleeps: number[] = [];
    const store = await openStore(db);
    // Stop while the first article of the second round is being stored.
    let adds = 0;
    const watched = Object.create(store) as Store;
    watched.addArticle = async (article, reading) => {
      const result = await store.addArticle(article, reading);
      if (++adds === 4) stop.abort();
      return result;
    };
    const reports: PollReport[] = [];
    try {
      await runWatch(watched, {
        feeds: [site.url('/rss.xml'), site.url('/atom.xml')],
        intervalMs: 10 * MINUTE,
        web: { hostDelayMs: 0 },
        now: () => clock,
        signal: stop.signal,
        onReport: (r) => reports.push(r),
        sleep: async (ms) => {
          sleeps.push(ms);
          clock += ms;
          if (sleeps.length === 1) {
            site.publish('/rss.xml', follow);
            site.publish('/rss.xml', { ...follow, path: '/news/second-follow', title: 'A second follow-up' });
          }
        },
      });
    } finally {
      await store.close();
    }
    expect(sleeps).toEqual([10 * MINUTE]);
    // Round 2: the RSS feed had two new items; the stop came during the first, so one is left.
    expect(reports.map((r) => `${r.status} ${r.new}/${r.deferred}`)).toEqual(['ok 2/0', 'ok 1/0', 'ok 2/1']);
    await withStore(async (s) => {
      expect(await s.articles()).toHaveLength(4);
      expect((await s.stories()).reduce((n, story) => n + story.articles, 0)).toBe(4);
    });
    // Not every item was read, so the stored validators are the old ones: the next start gets the
    // whole feed (not a 304) and takes the item left over.
    const resumed = await watchOnce([site.url('/rss.xml')]);
    expect(report(resumed, '/rss.xml')).toMatchObject({ status: 'ok', new: 1, known: 3 });
  });
});
