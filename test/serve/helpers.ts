// A server for tests: a fresh SQLite store in a temporary folder, listening on 127.0.0.1:0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';

export const EXAMPLE_DIR = resolve('examples/security-guarantees');
export const EXAMPLE_FILES = ['000_e65738cb91f1e9d0.txt', '000_e65738cb91f1e9d0.meta.yaml', '004_d99e5f2553e52203.txt', '004_d99e5f2553e52203.meta.yaml'];

export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLE_DIR, name), 'utf8');
}

export interface TestServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startTestServer(options: { target?: string; allowPrivateFetch?: boolean } = {}): Promise<TestServer> {
  const dir = options.target ? null : mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  const store = await openStore(options.target ?? join(dir!, 'test.db'));
  let server: RunningServer;
  try {
    server = await startServer({ store, host: '127.0.0.1', port: 0, toolVersion: 'test', allowPrivateFetch: options.allowPrivateFetch, fetchPolicy: { timeoutMs: 5000 } });
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POST a JSON body the way a same-origin script would. */
export function postJson(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The two example articles as JSON bodies with their sidecar metadata. */
export function exampleBodies(): { text: string; outlet: string; published: string }[] {
  return [
    { text: exampleText('000_e65738cb91f1e9d0.txt'), outlet: 'Scraped aggregator', published: '2022-02-17' },
    { text: exampleText('004_d99e5f2553e52203.txt'), outlet: 'RT', published: '2022-02-17' },
  ];
}
