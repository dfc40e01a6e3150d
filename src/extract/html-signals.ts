// The metadata signals a page carries, as plain data (read by html-tree in its single pass), so the
// choosing rules in html-metadata never touch markup.

export interface TimeSignal {
  datetime: string;
  /** `itemprop` or class hint: "datePublished", "dateModified", "pubdate", "updated"… */
  hint: string;
}

export interface PageSignals {
  /** Meta tags by lower-cased `property` / `name` / `itemprop`, values in document order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  /** The first <h1>'s text. */
  h1: string | null;
  /** Texts of the page's first few <h1>s: one is usually the headline, others logos or section names. */
  h1s: string[];
  /** Lower-cased class, id and itemprop of each of `h1s`, in the same order. */
  h1Hints?: string[];
  times: TimeSignal[];
  /** Dates written out in elements named for them (<time> without datetime, class "date"/"published"…). */
  visibleDates?: TimeSignal[];
  /** Visible byline texts: rel=author links, itemprop=author, .byline/.author elements. */
  bylines: string[];
  /**
   * Short text runs (the text between two tags) near the first <h1>, with their position relative to it
   * (1 = the headline's own first run, negative = before it); on a page without an h1, its first runs counted
   * from the start. Datelines and "By" labels are read from these.
   */
  headRuns?: { text: string; offset: number }[];
  /** Up to three "Written by …" texts from anywhere on the page (a label run is joined to the run after it). */
  writtenBy?: string[];
  /** Up to three text runs saying when the article was "originally published" (a republished or updated page). */
  originally?: string[];
}

/** First value of the first key present. */
export function firstMeta(signals: PageSignals, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = signals.meta.get(key)?.[0];
    if (v) return { key, value: v };
  }
  return null;
}
