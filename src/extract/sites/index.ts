// Per-site rules, picked by the host of the article's URL. The generic scoring stays the default: a rule
// exists only for a site whose real layout the generic path gets wrong, and is applied only when it matches.
import { apnews } from './apnews.js';
import type { SiteRule } from './rule.js';
import { themoscowtimes } from './themoscowtimes.js';

export type { SiteRule } from './rule.js';
export { applySiteRule, type SiteResult } from './apply.js';

export const SITE_RULES: readonly SiteRule[] = [apnews, themoscowtimes];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The rule for the first URL whose host (or a parent domain of it) has one. */
export function siteRuleFor(urls: readonly (string | null | undefined)[], rules: readonly SiteRule[] = SITE_RULES): SiteRule | null {
  for (const url of urls) {
    const host = url ? hostOf(url) : null;
    if (!host) continue;
    const rule = rules.find((r) => host === r.host || host.endsWith(`.${r.host}`));
    if (rule) return rule;
  }
  return null;
}
