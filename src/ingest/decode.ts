// Bytes → string. Text must be valid UTF-8 (or carry a BOM); HTML may declare its own charset.
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

const BINARY_SAMPLE = 8192;

/** True when the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function stripBom(bytes: Uint8Array): { encoding: string | null; body: Uint8Array } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', body: bytes.subarray(3) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', body: bytes.subarray(2) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', body: bytes.subarray(2) };
  return { encoding: null, body: bytes };
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let offset = 0;
    // Find the first invalid byte so the message can point at it.
    for (let step = 1; step <= bytes.length; step *= 2) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, step)));
        offset = Math.min(bytes.length, step);
      } catch {
        break;
      }
    }
    throw new DecodeError(
      `is not valid UTF-8 (first bad byte near offset ${offset}); convert it first, e.g. iconv -f windows-1251 -t utf-8`,
    );
  }
}

/** Decode text or HTML bytes. `charsetHint` is a charset declared outside the bytes (HTTP header). */
export function decodeBytes(bytes: Uint8Array, kind: 'html' | 'text', charsetHint?: string | null): string {
  if (bytes.length === 0) throw new DecodeError('is empty');
  const { encoding: bom, body } = stripBom(bytes);
  if (bom) return iconv.decode(Buffer.from(body), bom);
  if (looksBinary(body)) throw new DecodeError('looks like a binary file, not text or HTML');
  const declared = charsetHint ?? (kind === 'html' ? declaredHtmlCharset(body) : null);
  if (declared && !/^utf-?8$/i.test(declared)) {
    if (!iconv.encodingExists(declared)) throw new DecodeError(`declares an unknown charset "${declared}"`);
    return iconv.decode(Buffer.from(body), declared);
  }
  return decodeUtf8Strict(body);
}
