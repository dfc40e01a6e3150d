// Markdown → plain text lines, so the plain-text chrome rules apply unchanged.

export interface MarkdownText {
  text: string;
  /** Text of the first level-1 heading, a strong title signal. */
  heading: string | null;
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images carry no body text
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\d])/gu, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export function markdownToText(md: string): MarkdownText {
  const out: string[] = [];
  let heading: string | null = null;
  let fenced = false;
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw)) continue; // link reference definitions
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('');
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (raw.trim() && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      const text = inline(raw.trim());
      if (heading === null && next.trim().startsWith('=')) heading = text;
      out.push('', text, '');
      i++;
      continue;
    }
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (h) {
      const text = inline(h[2] ?? '');
      if (heading === null && h[1] === '#') heading = text;
      out.push('', text, '');
      continue;
    }
    let line = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    const item = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/.exec(line);
    if (item) {
      out.push('', inline(line.slice(item[0].length)), ''); // each list item is its own block
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule
    line = line.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, ' ');
    out.push(inline(line));
  }
  return { text: out.join('\n'), heading };
}
