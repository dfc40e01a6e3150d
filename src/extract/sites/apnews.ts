import type { SiteRule } from './rule.js';

export const apnews: SiteRule = {
  host: 'apnews.com',
  why: 'ad labels and embedded photo and promo blocks ("Enhancement") sit between the paragraphs of the story',
  body: ['main.Page-main div.RichTextStoryBody'],
  drop: ['.Advertisement', '.Enhancement'],
  title: ['h1.Page-headline'],
  authors: ['.Page-authors'],
};
