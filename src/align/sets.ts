/**
 * Disjoint sets of items (union-find): the facts or plays that alignment links into one dispute. `find` gives the
 * representative of an item's set; `join` puts two items' sets together, keeping the representative `keep` chooses of
 * the two (by default the second's).
 */
export function disjointSets<T>(keep: (a: T, b: T) => T = (_a, b) => b): {
  find: (x: T) => T;
  join: (a: T, b: T) => void;
} {
  const parent = new Map<T, T>();
  const find = (x: T): T => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const join = (a: T, b: T) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const k = keep(ra, rb);
    parent.set(k === ra ? rb : ra, k);
  };
  return { find, join };
}

/** Adds `value` to the list `key` holds in `groups` (a new list for a new key), in place: a group built by copying
 * (`[...(groups.get(key) ?? []), value]`) costs its size squared. */
export function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): V[] {
  let list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, (list = [value]));
  return list;
}
