// OPML subscription lists → feed URLs: every <outline> with an xmlUrl, nested folders included.
import { Parser } from 'htmlparser2';

export class OpmlError extends Error {}

/**
 * The feed URLs an OPML document lists, in document order, each once. Relative or non-http(s)
 * URLs are left out (an OPML file has no base URL to resolve them against). Throws OpmlError
 * when the text is not OPML at all.
 */
export function parseOpml(text: string): string[] {
  const urls: string[] = [];
  let root: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase().replace(/^.*:/, '');
        root ??= tag;
        if (tag !== 'outline') return;
        // OPML 2.0 spells it xmlUrl; some exporters write xmlurl or XMLURL.
        const key = Object.keys(attributes).find((k) => k.toLowerCase() === 'xmlurl');
        const value = key ? attributes[key]?.trim() : undefined;
        if (!value) return;
        try {
          const url = new URL(value);
          if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url.href);
        } catch {
          // not an absolute URL: nothing to poll
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text.replace(/^\uFEFF/, ''));
  parser.end();
  if (root !== 'opml') throw new OpmlError(`is not an OPML file (its root element is ${root ? `<${root}>` : 'missing'})`);
  return [...new Set(urls)];
}
