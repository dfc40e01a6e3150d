// A local HTTP server for the web-ingest tests: routes are plain handlers, port is random.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: (path: string) => string;
  /** Every request path seen, in order, with its arrival time. */
  log: { path: string; at: number; userAgent: string | undefined }[];
  route: (path: string, handler: Handler) => void;
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const log: TestServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push({ path, at: Date.now(), userAgent: req.headers['user-agent'] });
    const handler = table.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    log,
    route: (path, handler) => table.set(path, handler),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Respond with a body and headers. */
export const send = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

export const redirect = (to: string, status = 302): Handler => (_req, res) => {
  res.writeHead(status, { location: to });
  res.end();
};

export const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
