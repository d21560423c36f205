/** Cross-document entity resolution within one story (general rules: folding, transliteration, typos, surnames). */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import type { Entity } from '../model/report.js';
import { evidenceOf } from '../model/document.js';
import { nlpSettings } from '../settings/nlp.js';

/** Folds diacritics (incl. dotless ı), case and common Latin transliteration variants of one word. */
export function foldWord(w: string): string {
  let s = w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[’'`.]/g, '');
  s = s.replace(/yy$/, 'y').replace(/iy$/, 'i').replace(/ey$/, 'ei').replace(/ii$/, 'i');
  return s;
}

export function foldName(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

/** Optimal string alignment (Damerau) distance, bounded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  const max = nlpSettings.typoDistance(len);
  if (max === 0) return false;
  // The first letter is kept in typos of names; differing initials are distinct names.
  if (a[0] !== b[0]) return false;
  return editDistance(a, b, max) <= max;
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameWord(w, b[i]!));
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

interface Item {
  doc: AnnotatedDocument;
  m: EntityMention;
  words: string[];
}

export function resolve(docs: AnnotatedDocument[]): Entity[] {
  const items: Item[] = [];
  for (const d of docs) for (const m of d.entities) items.push({ doc: d, m, words: foldName(m.canonical) });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // 1. Countries by canonical name; everything else by folded name with typo tolerance.
  const byCountry = new Map<string, number>();
  const reps: number[] = [];
  items.forEach((it, i) => {
    if (it.m.type === 'country') {
      const k = it.m.canonical;
      const r = byCountry.get(k);
      if (r === undefined) byCountry.set(k, i);
      else union(r, i);
      return;
    }
    const hit = reps.find((r) => sameName(items[r]!.words, it.words) && items[r]!.m.type !== 'country');
    if (hit === undefined) reps.push(i);
    else union(hit, i);
  });
  // 2. Single-word names (surnames) join the unique multi-word person whose last word matches.
  const multi = reps.filter((r) => items[r]!.words.length > 1 && items[r]!.m.type === 'person');
  for (const r of reps) {
    const w = items[r]!.words;
    if (w.length !== 1) continue;
    const t = items[r]!.m.type;
    if (t !== 'person' && t !== 'other') continue;
    const roots = new Set(multi.filter((x) => sameWord(items[x]!.words.at(-1)!, w[0]!)).map(find));
    if (roots.size === 1) union([...roots][0]!, r);
  }
  // 3. Gather.
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it);
    else groups.set(r, [it]);
  });
  const entities: Entity[] = [];
  const used = new Map<string, number>();
  for (const g of [...groups.values()]) {
    const typeCount = new Map<string, number>();
    for (const it of g)
      if (it.m.type !== 'other') typeCount.set(it.m.type, (typeCount.get(it.m.type) ?? 0) + 1);
    let type =
      [...typeCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'other';
    if (type === 'other' && g.some((it) => it.words.length === 1) && g.some((it) => it.words.length > 1))
      type = 'person';
    let name: string;
    if (g[0]!.m.type === 'country') name = g[0]!.m.canonical;
    else {
      const freq = new Map<string, number>();
      for (const it of g) {
        const n = it.m.canonical.replace(/\s+/g, ' ');
        freq.set(n, (freq.get(n) ?? 0) + 1);
      }
      name = [...freq.entries()].sort(
        (a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0]![0];
    }
    let id = slug(name);
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    const aliases = new Set<string>();
    for (const it of g) {
      aliases.add(it.m.text.replace(/\s+/g, ' '));
      if (it.m.canonical !== name) aliases.add(it.m.canonical.replace(/\s+/g, ' '));
    }
    // A person is referred to by surname alone: the surname is one of their names even where unseen.
    if (type === 'person' && name.includes(' ')) aliases.add(name.split(' ').at(-1)!);
    aliases.delete(name);
    const roles = new Set<string>();
    for (const it of g) if (it.m.role) roles.add(it.m.role.replace(/\s+/g, ' '));
    for (const it of g) it.m.entityId = id;
    entities.push({
      id,
      name,
      type,
      aliases: [...aliases].sort(),
      documents: [...new Set(g.map((it) => it.doc.doc.id))].sort(),
      roles: [...roles].sort(),
      mentions: g.map((it) => evidenceOf(it.doc.doc, it.m)),
    });
  }
  // Attributions take the id of the mention inside their source span.
  for (const d of docs)
    for (const s of d.sentences) {
      const a = s.attribution;
      if (!a) continue;
      const m = d.entities.find(
        (e) => e.start >= a.sourceSpan.start && e.end <= a.sourceSpan.end && e.entityId,
      );
      if (m) a.entityId = m.entityId;
    }
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}
