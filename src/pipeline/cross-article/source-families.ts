// Source families: articles that are copies of one text (a wire story reprinted by several
// sites, cut short, wrapped in other chrome, lightly edited). They are one source, not
// independent confirmations, so agreement between them must not count twice.
import { foldAccents } from '../text/fold-accents';
import type { SourceFamily } from './types';

export interface SourceFamilyOptions {
  /** Words per shingle. Five is long enough that stock phrases rarely match by chance. */
  shingleSize?: number;
  /**
   * Containment |A∩B| / min(|A|,|B|) at or above which two articles are copies. Measured on
   * real coverage of one event: two renderings of one wire story score 0.48, while independent
   * reports of the same event, sharing its quotes, score at most 0.27; 0.4 sits in the gap.
   */
  threshold?: number;
  /** Shingles in more than this share of articles (site chrome, stock phrases) are not indexed. */
  maxDocShare?: number;
  /** Articles with fewer shingles than this are too short to judge. */
  minShingles?: number;
  /** Copies share at least this many shingles: two short items sharing one sentence are not copies. */
  minShared?: number;
}

/** Longest posting list whose pairs are counted (see findSourceFamilies). */
const MAX_POSTINGS = 64;

/** FNV-1a, 32 bits: cheap, stable across runs and platforms (the family key depends on it). */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Sorted, distinct hashes of the article's word n-grams (accent-folded, lower-cased). */
export function shingleHashes(text: string, size = 5): Uint32Array {
  // Any non-letter, non-digit separates words, so quote styles and apostrophes never matter.
  const words = foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const wordHashes = words.map((w) => fnv1a(w));
  const hashes = new Set<number>();
  // Mixing word hashes (rather than hashing joined strings) hashes each word once.
  for (let i = 0; i + size <= words.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ wordHashes[k], 0x01000193) ^ (hash >>> 15);
    hashes.add(hash >>> 0);
  }
  return Uint32Array.from(hashes).sort();
}

/** |A∩B| for two sorted hash arrays. */
function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

function findRoot(parent: number[], x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]];
  return x;
}

/**
 * Groups near-duplicate articles (transitive closure of copy pairs); only families of two
 * or more are returned, and an article is in at most one. Candidates come from an inverted
 * index over rare shingles, so the cost follows the number of shared rare shingles, not the
 * number of article pairs; each candidate is then checked on its full shingle sets.
 */
export function findSourceFamilies(articles: { id: number; text: string }[], options: SourceFamilyOptions = {}): SourceFamily[] {
  const { shingleSize = 5, threshold = 0.4, maxDocShare = 0.2, minShingles = 8, minShared = 20 } = options;
  const sets = articles.map((a) => shingleHashes(a.text, shingleSize));
  const usable = sets.map((s) => s.length >= minShingles);

  // The inverted index as one sorted array of (hash, article) packed in a double (up to 2^20
  // articles): runs of equal hash are the posting lists. Far lighter than a Map of arrays.
  const entries = new Float64Array(sets.reduce((sum, set, i) => sum + (usable[i] ? set.length : 0), 0));
  let filled = 0;
  sets.forEach((set, index) => {
    if (usable[index]) for (const hash of set) entries[filled++] = hash * 2 ** 20 + index;
  });
  entries.sort();

  // A floor keeps small stories whole: with three articles that are all copies, every shingle
  // is in every article, and a pure share limit would skip them all. A ceiling keeps the pair
  // counting linear in large stories: a shingle in more articles than that is chrome or a
  // widely copied text, which the crowded-list check below finds in linear time.
  const maxPostings = Math.min(MAX_POSTINGS, Math.max(16, Math.floor(maxDocShare * articles.length)));
  const shared = new Map<number, number>();
  const crowded: number[][] = [];
  for (let start = 0, end = 0; start < entries.length; start = end) {
    const hash = Math.floor(entries[start] / 2 ** 20);
    while (end < entries.length && Math.floor(entries[end] / 2 ** 20) === hash) end++;
    if (end - start < 2) continue;
    const list = Array.from(entries.subarray(start, end), (entry) => entry % 2 ** 20);
    if (list.length > maxPostings) {
      crowded.push(list);
      continue;
    }
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x] * articles.length + list[y];
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
  }

  const parent = articles.map((_, i) => i);
  const linkScore = new Map<number, number>();
  const checked = new Set<number>();
  const check = (a: number, b: number) => {
    const pair = Math.min(a, b) * articles.length + Math.max(a, b);
    if (checked.has(pair)) return;
    checked.add(pair);
    const common = intersectionSize(sets[a], sets[b]);
    const score = common / Math.max(1, Math.min(sets[a].length, sets[b].length));
    if (score < threshold || common < minShared) return;
    linkScore.set(pair, score);
    parent[findRoot(parent, a)] = findRoot(parent, b);
  };
  // Rare shingles alone: a pair needs a fair share of the threshold before the exact check.
  for (const [pair, count] of shared) {
    const a = Math.floor(pair / articles.length);
    const b = pair % articles.length;
    if (count >= 0.5 * threshold * Math.min(sets[a].length, sets[b].length)) check(a, b);
  }
  // A crowded shingle is either chrome or a story copied very widely; checking each of its
  // articles against the list's first one finds the wide copies in linear time.
  for (const list of crowded) for (let k = 1; k < list.length; k++) check(list[0], list[k]);

  return collectFamilies(articles, sets, parent, linkScore);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function collectFamilies(
  articles: { id: number }[],
  sets: Uint32Array[],
  parent: number[],
  linkScore: Map<number, number>,
): SourceFamily[] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < articles.length; i++) addTo(members, findRoot(parent, i), i);
  const scores = new Map<number, number[]>();
  for (const [pair, score] of linkScore) addTo(scores, findRoot(parent, Math.floor(pair / articles.length)), score);
  const families: SourceFamily[] = [];
  for (const [root, indexes] of members) {
    if (indexes.length < 2) continue;
    const links = scores.get(root) ?? [];
    // The key hashes each member's shingle set, sorted, so it is the same on every run and
    // for every id assignment, and changes only when the family's texts change.
    const fingerprints = indexes.map((i) => fnv1a(Array.from(sets[i]).join(',')).toString(16).padStart(8, '0')).sort();
    families.push({
      key: `family-${fnv1a(fingerprints.join('|')).toString(16).padStart(8, '0')}`,
      articleIds: indexes.map((i) => articles[i].id).sort((a, b) => a - b),
      // Mean over the verified copy links: all pairs would cost quadratic time in a wide family.
      similarity: Math.round((links.reduce((s, x) => s + x, 0) / links.length) * 1000) / 1000,
    });
  }
  return families.sort((a, b) => a.articleIds[0] - b.articleIds[0]);
}
