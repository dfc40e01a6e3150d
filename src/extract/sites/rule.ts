// What a per-site rule says about a site's article pages. Plain data: one small file per site.

export interface SiteRule {
  /** The site's host; its subdomains match too ("apnews.com" covers "www.apnews.com"). */
  host: string;
  /** Why the generic path needs help on this site (kept with the rule, shown nowhere). */
  why: string;
  /** Blocks that hold the article body, in document order (outermost match wins). */
  body: readonly string[];
  /** Blocks inside the body that are not article text (ads, embedded teasers, share bars). */
  drop?: readonly string[];
  /**
   * Element whose text is the headline. Metadata selectors (title, authors, date) match any element, inline
   * ones included, and may end in `@attr` to read an attribute instead of the text.
   */
  title?: readonly string[];
  /** Elements whose texts (or `@attr` values) are bylines ("By Ann Lee and Bo Chen"). */
  authors?: readonly string[];
  /** Element whose text or attribute states the publication date (`time[datetime]@datetime`). */
  date?: readonly string[];
}
