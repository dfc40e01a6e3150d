// Empty lists for strings and objects. V8 gives a fresh `[]` the storage kind for small integers; the first
// string or object pushed converts it, and a pass compiled while a push site saw both kinds throws its optimised
// code away when a later page's fresh list reaches that site (the deoptimisations "not a Smi" and "wrong map" in
// `--trace-deopt`). A list that starts with the general kind never converts, so each push site sees one kind.

/** An empty list whose storage already holds any value (never small integers only). */
export function taggedList<T>(): T[] {
  const list: unknown[] = [null];
  list.pop();
  return list as T[];
}
