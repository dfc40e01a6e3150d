// One escaping function for every dossier string that reaches HTML, in text and in
// double-quoted attribute values alike, so no call site can pick the wrong one.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML text and quoted-attribute contexts. C0 controls other than
 * tab/newline/carriage return (and DEL) become U+FFFD: browsers treat NUL specially and
 * the rest have no business in a report.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => HTML_ESCAPES[ch] ?? '\ufffd');
}

/**
 * The URL itself when it is an absolute http(s) URL, else null. Parsing (instead of a
 * prefix test) rejects tricks like "javascript:" with embedded whitespace or entities,
 * and the result is the normalised form the browser would follow.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}
