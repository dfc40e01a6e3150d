const DATE_TIME_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time, or null when it does not parse.
 * A date-time without a zone is read as UTC: JavaScript would read it as local time, which would
 * make ordering and `since` filters depend on the machine's time zone.
 */
export function isoInstant(value: string | null): number | null {
  if (value === null) return null;
  const text = value.trim();
  const ms = Date.parse(DATE_TIME_WITHOUT_ZONE.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(ms) ? null : ms;
}
