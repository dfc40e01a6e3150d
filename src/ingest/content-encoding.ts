// Undo HTTP `Content-Encoding` (gzip, deflate, br), capped so a small compressed body cannot
// expand past the byte limit (a "zip bomb").
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export class ContentEncodingError extends Error {}

function decodeOne(body: Buffer, coding: string, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes };
  switch (coding) {
    case 'gzip': case 'x-gzip': return gunzipSync(body, opts);
    case 'br': return brotliDecompressSync(body, opts);
    case 'deflate': {
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header tells.
      const zlibWrapped = body.length >= 2 && (body[0]! & 0x0f) === 8 && ((body[0]! << 8) | body[1]!) % 31 === 0;
      return zlibWrapped ? inflateSync(body, opts) : inflateRawSync(body, opts);
    }
    case 'identity': case '': return body;
    default: throw new ContentEncodingError(`uses an unsupported Content-Encoding "${coding}"`);
  }
}

/** Decode a body whose `Content-Encoding` header lists codings in the order they were applied. */
export function decodeContentEncoding(body: Buffer, header: string | string[] | undefined | null, maxBytes: number): Buffer {
  if (!header) return body;
  const codings = (Array.isArray(header) ? header.join(',') : header).split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
  let out = body;
  for (const coding of codings.reverse()) {
    try {
      out = decodeOne(out, coding, maxBytes);
    } catch (error) {
      if (error instanceof ContentEncodingError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new ContentEncodingError(`decompresses to over the ${maxBytes}-byte limit`);
      }
      throw new ContentEncodingError(`has a corrupt ${coding} body (${(error as Error).message})`);
    }
  }
  return out;
}
