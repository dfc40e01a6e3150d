// Decoding feed and sitemap bytes: BOM, then the HTTP charset, then the XML declaration's encoding.
import { decodeBytes } from './decode.js';
import { decodeHTML } from 'entities';

/** `<?xml version="1.0" encoding="windows-1251"?>` → 'windows-1251'. */
export function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeXmlBytes(bytes: Uint8Array, httpCharset: string | null): string {
  return decodeBytes(bytes, 'text', httpCharset ?? declaredXmlEncoding(bytes));
}

/** Markup in a title (Atom `type="html"`, stray tags in RSS) → plain text on one line. */
export function plainText(value: string): string {
  return decodeHTML(value.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
