import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/index.js';
import type { Article, Reading } from '../../src/types.js';

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    input: 'articles/mfa.txt',
    url: null,
    title: 'Foreign Ministry releases reaction to US response on security guarantees',
    authors: ['alex'],
    published: '2022-02-17',
    site: 'Example News',
    language: 'en',
    text:
      "The Russian Foreign Ministry has published the text of Moscow's written response to the US response on " +
      'security guarantees.\n\nThe document was presented by RIA Novosti.',
    notes: ['title: from the first heading', 'removed: "Home »" breadcrumb'],
    ...overrides,
  };
}

/** A small but complete Reading whose spans index makeArticle()'s default text. */
export function makeReading(overrides: Partial<Reading> = {}): Reading {
  return {
    sentences: [
      { start: 0, end: 105 },
      { start: 107, end: 148 },
    ],
    actors: [
      {
        id: 'russian-foreign-ministry',
        name: 'Russian Foreign Ministry',
        type: 'organization',
        kind: 'ministry',
        aliases: ['Foreign Ministry'],
        roles: [],
        code: null,
        partOf: 'russia',
      },
    ],
    mentions: [{ start: 4, end: 28, actor: 'russian-foreign-ministry' }],
    quotes: [],
    times: [{ start: 0, end: 0, text: '', type: 'DATE', value: 'PRESENT_REF' }],
    statements: [
      {
        actor: 'russian-foreign-ministry',
        type: 'CONSULT',
        target: null,
        trigger: { start: 33, end: 42 },
        sentence: { start: 0, end: 105 },
        negated: false,
        modality: 'asserted',
      },
    ],
    ...overrides,
  };
}

/** The real seed articles, for tests that want realistic text. */
export function seedText(name: '000_e65738cb91f1e9d0.txt' | '004_d99e5f2553e52203.txt'): string {
  return readFileSync(new URL(`../../examples/security-guarantees/${name}`, import.meta.url), 'utf8');
}

/** Stories as the store reports them, without timestamps. */
export async function grouping(store: Store): Promise<unknown> {
  const summaries = await store.stories();
  return Promise.all(
    summaries.map(async (s) => {
      const story = (await store.story(s.id))!;
      return { id: s.id, title: s.title, articles: story.articles.map((a) => a.id), reasons: story.reasons };
    }),
  );
}
