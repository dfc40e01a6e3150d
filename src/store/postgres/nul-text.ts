// PostgreSQL text cannot hold U+0000, which an article's text or metadata may contain. A row whose
// strings hold one is stored escaped (backslash → \\, U+0000 → \0) and flagged, so it reads back
// exactly; every other row is stored as given, so search and snippets see the real text.

export function hasNul(values: readonly (string | null)[]): boolean {
  return values.some((value) => value !== null && value.includes('\u0000'));
}

export function escapeNul(value: string): string;
export function escapeNul(value: string | null): string | null;
export function escapeNul(value: string | null): string | null {
  return value === null ? null : value.replace(/\\/g, '\\\\').replace(/\u0000/g, '\\0');
}

export function unescapeNul(value: string): string;
export function unescapeNul(value: string | null): string | null;
export function unescapeNul(value: string | null): string | null {
  return value === null ? null : value.replace(/\\(\\|0)/g, (_, c: string) => (c === '0' ? '\u0000' : '\\'));
}
