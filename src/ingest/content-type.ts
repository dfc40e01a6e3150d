// Media types and charsets from HTTP `Content-Type` headers, and what kind of input a response is.

export interface MediaType {
  /** Lower-case `type/subtype`, or null when the header is missing or unreadable. */
  mime: string | null;
  /** Lower-case charset parameter, or null when not given. */
  charset: string | null;
}

/** Parse a `Content-Type` value: `text/html; charset="windows-1251"` → { mime: 'text/html', charset: 'windows-1251' }. */
export function parseContentType(header: string | null | undefined): MediaType {
  if (!header) return { mime: null, charset: null };
  const [type, ...params] = header.split(';');
  const mime = type!.trim().toLowerCase();
  let charset: string | null = null;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mime: /^[\w.+-]+\/[\w.+-]+$/.test(mime) ? mime : null, charset };
}

export function isHtmlType(mime: string | null): boolean {
  return mime === 'text/html' || mime === 'application/xhtml+xml';
}

/** Types a feed or sitemap is served as (RSS, Atom, JSON Feed, generic XML). */
export function isFeedOrXmlType(mime: string | null): boolean {
  if (!mime) return false;
  return /^(application|text)\/((rss|atom|rdf|feed)\+)?(xml|json)$/.test(mime) || mime === 'application/feed+json';
}

/** Types we read as documents when a URL serves them. */
export function isTextType(mime: string | null): boolean {
  return mime === 'text/plain' || mime === 'text/markdown';
}
