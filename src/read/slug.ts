/** Stable id for a canonical name: lower case ASCII words joined by hyphens ("Côte d'Ivoire" → "cote-divoire"). */
const cache = new Map<string, string>();

export function slug(name: string): string {
  let id = cache.get(name);
  if (id !== undefined) return id;
  id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (cache.size < 10000) cache.set(name, id);
  return id;
}
