import type { SiteRule } from './rule.js';

export const themoscowtimes: SiteRule = {
  host: 'themoscowtimes.com',
  why: 'the body is many sibling text blocks between image and related-story blocks, so the generic path takes their container with the header, captions and labels',
  body: ['.article__content .article__block--html'],
  drop: ['.article__related-articles'],
  title: ['.article__header h1'],
};
