/**
 * BCubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin 1998): for each
 * item, the share of its predicted cluster that shares its gold label (precision) and the share of its
 * gold class that is in its predicted cluster (recall), averaged over items.
 */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  if (!items.length) return { precision: 0, recall: 0, f1: 0 };
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    const key = `${p}\u0000${g}`;
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    const both = pairCount.get(`${p}\u0000${g}`)!;
    precision += both / predSize.get(p)!;
    recall += both / goldSize.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
