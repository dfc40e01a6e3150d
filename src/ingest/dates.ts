// Dates as feeds and sitemaps write them → ISO 8601, keeping the publisher's UTC offset, because
// the local calendar day is what a timeline needs (01:00 in Moscow is still the previous day in UTC).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Record<string, string> = {
  gmt: '+00:00', ut: '+00:00', utc: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** RFC 822/1123 (`Thu, 17 Feb 2022 10:00:00 +0300`) → `2022-02-17T10:00:00+03:00`, or null. */
function rfc822ToIso(text: string): string | null {
  const m = /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[a-z]{1,4}))?)?\s*$/i.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const date = `${pad(year, 4)}-${pad(month + 1)}-${pad(m[1]!)}`;
  if (m[4] === undefined) return date;
  let zone = '';
  if (m[7]) {
    if (/^[+-]/.test(m[7])) zone = `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
    else {
      const known = ZONES[m[7].toLowerCase()];
      if (!known) return date; // an unknown zone name: the day is still right, the time is not safe
      zone = known;
    }
  }
  return `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** A declared date in ISO 8601, or null when it cannot be read. ISO input is kept as written. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(text) && !Number.isNaN(Date.parse(text.replace(' ', 'T')))) {
    return text.replace(' ', 'T');
  }
  const rfc = rfc822ToIso(text);
  if (rfc && !Number.isNaN(Date.parse(rfc))) return rfc;
  return null;
}
