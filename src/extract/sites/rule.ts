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
  /** Block whose text is the headline. */
  title?: readonly string[];
  /** Blocks whose texts are bylines ("By Ann Lee and Bo Chen"). */
  authors?: readonly string[];
  /** Block whose text states the publication date. */
  date?: readonly string[];
}
