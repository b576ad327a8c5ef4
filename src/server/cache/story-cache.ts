import 'server-only';
import { getDb } from '../db';

// What the analysis computed, kept in memory per story and keyed by the story's revision:
// a page reads one small row (the revision) and reuses the rest until an import changes
// the story. Bounded, oldest entries dropped first.
const MAX_ENTRIES = 200;
// On globalThis: src/proxy.ts is bundled apart from the pages but runs in the same process, and
// it reads a story's analysis to check a page's parameters; both then share one copy.
const globalForCache = globalThis as unknown as { parallaxStoryCache?: Map<string, { revision: string; value: Promise<unknown> }> };
globalForCache.parallaxStoryCache ??= new Map();
const entries = globalForCache.parallaxStoryCache;

export interface StoryRevision {
  id: number;
  slug: string;
  revision: number;
  analysedRevision: number | null;
}

export async function getStoryRevision(slug: string): Promise<StoryRevision | null> {
  return getDb().story.findUnique({ where: { slug }, select: { id: true, slug: true, revision: true, analysedRevision: true } });
}

/**
 * The value `load` computes for this story, reused while the story's revision and analysed
 * revision are unchanged. `name` tells apart the operations (and their options) cached.
 * Returns null for an unknown story.
 */
export async function cachedForStory<T>(slug: string, name: string, load: (story: StoryRevision) => Promise<T>): Promise<T | null> {
  const story = await getStoryRevision(slug);
  if (!story) return null;
  const key = `${name}\u0000${slug}`;
  const revision = `${story.revision}:${story.analysedRevision ?? ''}`;
  const hit = entries.get(key);
  if (hit && hit.revision === revision) return hit.value as Promise<T>;
  const value = load(story);
  entries.delete(key);
  entries.set(key, { revision, value });
  value.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
