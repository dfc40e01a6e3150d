// The store tests that do not depend on the backend run once per backend: a fresh SQLite file or
// a fresh database on a throwaway PostgreSQL server for each store.
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from './helpers.js';
import { usePostgres, type PostgresServer } from './postgres-server.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** The target of a new, empty store. */
  fresh(): Promise<string>;
  /** The PostgreSQL server (postgres backend only). */
  server?: () => PostgresServer;
}

/** Both backends; call at file level (it registers the server's and the files' cleanup). */
export function storeBackends(): Backend[] {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((cleanup) => cleanup()));
  const server = usePostgres();
  return [
    {
      name: 'sqlite',
      fresh: async () => {
        const t = tempDir();
        cleanups.push(t.cleanup);
        return join(t.dir, 'collection.db');
      },
    },
    { name: 'postgres', fresh: () => server().createDatabase(), server },
  ];
}
