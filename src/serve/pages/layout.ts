// The page shell every UI page shares: top bar with navigation and a search box, main, footer.
import { html, join, type Fragment, type Markup } from '../../render/html-template.js';
import { SNIPPET_MARK } from '../../store/index.js';

export type Section = 'stories' | 'search' | 'add' | null;

export interface PageOptions {
  title: string;
  section: Section;
  body: Fragment;
  /** Prefills the search box in the bar. */
  query?: string;
}

export function page(o: PageOptions): string {
  const link = (href: string, label: string, key: Section) =>
    html`<li><a href="${href}"${key === o.section ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<link rel="icon" href="data:,">
${html`<title>${o.title} · corroborate</title>`}
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${html`<header class="bar"><div class="bar-inner">
<a class="brand" href="/">corroborate</a>
<nav aria-label="Main"><ul>${link('/', 'Stories', 'stories')}${link('/search', 'Search', 'search')}${link('/add', 'Add articles', 'add')}</ul></nav>
<form action="/search" method="get" role="search"><input id="bar-q" type="search" name="q" placeholder="Search articles" aria-label="Search articles" value="${o.query ?? ''}"><button type="submit">Search</button></form>
</div></header>
<main id="main">${o.body}</main>
<footer>Claims, quotes, actors and dates are extracted automatically; check them against the texts.</footer>`}
</body>
</html>
`;
}

/** A search snippet: the store marks matched terms with SNIPPET_MARK; those become <mark>. */
export function snippetMarkup(snippet: string): Markup {
  const parts: Fragment[] = [];
  const open = SNIPPET_MARK.open;
  const close = SNIPPET_MARK.close;
  let at = 0;
  for (;;) {
    const s = snippet.indexOf(open, at);
    const e = s < 0 ? -1 : snippet.indexOf(close, s + open.length);
    if (s < 0 || e < 0) break;
    parts.push(snippet.slice(at, s), html`<mark>${snippet.slice(s + open.length, e)}</mark>`);
    at = e + close.length;
  }
  parts.push(snippet.slice(at));
  return join(parts);
}

export function dateOnly(value: string | null | undefined): string {
  if (!value) return 'undated';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : value;
}

export function dateRange(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  const a = dateOnly(first);
  const b = dateOnly(last);
  return b && b !== a ? `${a} – ${b}` : a;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 401 ? 'Token needed' : status === 403 ? 'Refused' : 'Something went wrong';
  return page({ title, section: null, body: html`<h1>${title}</h1><div class="notice bad" role="alert"><p>${message}</p></div><p><a href="/">Back to the stories</a></p>` });
}

/** What to call an article: its title, else the start of its text. */
export function articleLabel(title: string | null | undefined, text: string | undefined): string {
  if (title) return title;
  const start = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!start) return '(untitled article)';
  return start.length > 80 ? `${start.slice(0, 79)}…` : start;
}
