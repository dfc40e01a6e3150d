// Listening: the app on a node:http server at host:port (port 0 picks a free one).
import { serve as listen } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.js';
import { checkBinding, isLoopbackHost } from './access.js';
import type { FetchPolicy } from './adding.js';
import { createApp } from './app.js';

export interface ServeOptions {
  store: Store;
  host: string;
  port: number;
  token?: string;
  allowPrivateFetch?: boolean;
  toolVersion: string;
  fetchPolicy?: Partial<FetchPolicy>;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4173/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts serving; rejects with BindingRefused before binding when the address needs a token. */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const token = checkBinding(o.host, o.token);
  const app = createApp({
    store: o.store,
    token,
    loopback: isLoopbackHost(o.host),
    toolVersion: o.toolVersion,
    fetchPolicy: { ...o.fetchPolicy, allowPrivate: o.allowPrivateFetch ?? false },
  });
  return new Promise((resolve, reject) => {
    const server = listen({ fetch: app.fetch, hostname: o.host, port: o.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
