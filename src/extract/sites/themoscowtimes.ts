import type { SiteRule } from './rule.js';

export const themoscowtimes: SiteRule = {
  host: 'themoscowtimes.com',
  why: 'the body is many sibling text blocks between image and related-story blocks, so the generic path takes their container with the header, captions and labels',
  body: ['.article__content .article__block--html'],
  drop: ['.article__related-articles'],
  title: ['.article__header h1'],
  // The byline's name and time are inline elements: read by the metadata pass, the date from its attribute.
  authors: ['.article__byline .byline__author__name'],
  date: ['.article__byline time[datetime]@datetime'],
};
