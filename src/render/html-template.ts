// A tagged template for HTML: every interpolated value is escaped with escapeHtml unless
// it is already markup made by this module, so forgetting to escape is not possible.
import { escapeHtml } from './escape.js';

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Fragment = Markup | string | number | null | undefined | false | readonly Fragment[];

function render(value: Fragment): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): Markup {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Markup(out);
}

/** Markup from trusted constants or generated SVG; never pass dossier text. */
export function trusted(value: string): Markup {
  return new Markup(value);
}

export function join(parts: readonly Fragment[], separator: Fragment = ''): Markup {
  const sep = render(separator);
  return new Markup(parts.map(render).join(sep));
}
