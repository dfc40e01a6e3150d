// A raw HTTP/1.x response as stored in a WARC record: status line, headers, body with transfer
// and content codings removed.
import { decodeContentEncoding } from './content-encoding.js';

export class HttpMessageError extends Error {}

export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

function headerEnd(bytes: Buffer): { end: number; sep: number } | null {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return null;
  if (lf >= 0 && (crlf < 0 || lf < crlf)) return { end: lf, sep: 2 };
  return { end: crlf, sep: 4 };
}

/** Parse `Name: value` lines (with obsolete folded continuations) into a lower-cased map. */
export function parseHeaderLines(lines: string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    last = name;
  }
  return headers;
}

/** Undo `Transfer-Encoding: chunked`; throws on a malformed chunk size. */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = body.indexOf('\n', pos);
    if (lineEnd < 0) break; // truncated: keep what arrived
    const sizeText = body.subarray(pos, lineEnd).toString('latin1').split(';')[0]!.trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) throw new HttpMessageError(`bad chunk size "${sizeText.slice(0, 20)}"`);
    const size = parseInt(sizeText, 16);
    if (size === 0) break;
    const start = lineEnd + 1;
    parts.push(body.subarray(start, start + size));
    pos = start + size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
  }
  return Buffer.concat(parts);
}

export function parseHttpResponse(bytes: Buffer, maxBytes: number): HttpResponse {
  const split = headerEnd(bytes);
  if (!split) throw new HttpMessageError('HTTP headers never end');
  const lines = bytes.subarray(0, split.end).toString('latin1').split(/\r?\n/);
  const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!statusLine) throw new HttpMessageError(`not an HTTP response (status line "${(lines[0] ?? '').slice(0, 40)}")`);
  const headers = parseHeaderLines(lines.slice(1));
  let body = bytes.subarray(split.end + split.sep);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    // Some crawlers store the body already de-chunked but keep the header; only dechunk if it parses.
    try {
      body = dechunk(body);
    } catch {
      /* keep body as stored */
    }
  }
  const coding = headers.get('content-encoding');
  if (coding && !/^\s*identity\s*$/i.test(coding)) {
    try {
      body = decodeContentEncoding(body, coding, maxBytes);
    } catch (error) {
      // Likewise a stored body may already be decoded; gzip's magic bytes tell us when it is not.
      if (body[0] === 0x1f && body[1] === 0x8b) throw new HttpMessageError((error as Error).message);
    }
  }
  return { status: Number(statusLine[1]), headers, body };
}
