// `corroborate serve`: the local web UI and JSON API over a collection, until interrupted.
import type { Io } from '../cli/context.js';
import { toolVersion, UsageError } from '../cli/context.js';
import { openStore, StoreError, type Store } from '../store/index.js';
import { BindingRefused } from './access.js';
import { startServer } from './server.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

export interface ServeCommandOptions {
  db: string;
  host?: string;
  port?: string;
  token?: string;
  allowPrivateFetch?: boolean;
}

/** Serves until SIGINT or SIGTERM (or `stop` is aborted, for tests). */
export async function serveCommand(options: ServeCommandOptions, io: Io, stop?: AbortSignal): Promise<void> {
  const host = options.host?.trim() || DEFAULT_HOST;
  const port = options.port === undefined ? DEFAULT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${options.port}"`);
  const token = options.token ?? process.env.CORROBORATE_TOKEN;
  let store: Store;
  try {
    store = await openStore(options.db);
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
  let server;
  try {
    server = await startServer({ store, host, port, token, allowPrivateFetch: options.allowPrivateFetch, toolVersion: toolVersion() });
  } catch (error) {
    await store.close();
    if (error instanceof BindingRefused) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`${host}:${port} is already in use; pick another --port`);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`${host} is not an address of this machine`);
    throw error;
  }
  io.stderr.write(`corroborate serve: ${store.path} at ${server.url}${token ? ' (open it once with ?token=<token>)' : ''}; Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.addEventListener('abort', done, { once: true });
  });
  await server.close();
  await store.close();
}
