// A few ANSI styles; `plain` makes every style the identity so callers never branch.

export interface Styles {
  bold: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
  accent: (s: string) => string;
  good: (s: string) => string;
  warn: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function styles(color: boolean): Styles {
  if (!color) {
    const id = (s: string) => s;
    return { bold: id, dim: id, heading: id, accent: id, good: id, warn: id };
  }
  const bold = wrap(1, 22);
  const cyan = wrap(36, 39);
  return {
    bold,
    dim: wrap(2, 22),
    heading: (s) => bold(cyan(s)),
    accent: cyan,
    good: wrap(32, 39),
    warn: wrap(33, 39),
  };
}
