// Which outlets are compared and the links between choices: the outlet choice from the
// address, the filter labels and every pair of the story's outlets. Pure.
import { z } from 'zod';
import { compareHref } from '@/lib/links';
import type { DivergenceKind, OutletDto } from '@/server/data/stories/get-story-analysis';
import type { CompareFilter, CompareView, OutletChoice } from './compare-types';

export const DIVERGENCE_KINDS: DivergenceKind[] = ['number', 'wording', 'attribution', 'date', 'omission'];
export const compareFilterParam = z.enum(['diverged', 'shared', ...DIVERGENCE_KINDS]).optional();
/** `layout=rows`: every claim on a row of its own, single-outlet claims included. */
export const compareLayoutParam = z.enum(['rows']).optional();
/** `why=<row id>` (the evidence without JavaScript) and `edit=<row id>` (an editor's controls for one row). */
export const rowIdParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { error: 'must be a row number' })
  .transform(Number)
  .optional();

/** The outlets to compare: those requested in order (duplicates dropped), or all of the story's. */
export function chooseOutlets(storyOutlets: OutletDto[], requested: string[] | undefined): OutletChoice {
  if (!requested || requested.length === 0) {
    return storyOutlets.length >= 2
      ? { ok: true, outlets: storyOutlets, defaulted: true }
      : { ok: false, reason: 'too-few', outlets: storyOutlets };
  }
  const bySlug = new Map(storyOutlets.map((outlet) => [outlet.slug, outlet]));
  const slugs = [...new Set(requested)];
  const unknown = slugs.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) return { ok: false, reason: 'unknown', unknown };
  const outlets = slugs.map((slug) => bySlug.get(slug)!);
  return outlets.length >= 2 ? { ok: true, outlets, defaulted: false } : { ok: false, reason: 'too-few', outlets };
}

/** `outlets` may arrive once (comma-separated) or repeated (a GET form's checkboxes). */
export function joinRepeated(raw: string | string[] | undefined): string | undefined {
  if (Array.isArray(raw)) return raw.length > 0 ? raw.join(',') : undefined;
  return raw;
}

export function filterLabel(filter: CompareFilter | null): string {
  switch (filter) {
    case null:
      return 'All rows';
    case 'diverged':
      return 'Diverged only';
    case 'shared':
      return 'In two or more';
    default:
      return filter.charAt(0).toUpperCase() + filter.slice(1);
  }
}

/** Every pair of the story's outlets, in story order. */
export function outletPairs(slug: string, storyOutlets: OutletDto[], chosen: string[], filter: CompareFilter | null) {
  const pairs: CompareView['pairs'] = [];
  for (const [i, a] of storyOutlets.entries()) {
    for (const b of storyOutlets.slice(i + 1)) {
      pairs.push({
        outlets: [a.slug, b.slug],
        label: `${a.name} and ${b.name}`,
        href: compareHref(slug, { outlets: [a.slug, b.slug], kind: filter ?? undefined }),
        current: chosen.length === 2 && chosen.includes(a.slug) && chosen.includes(b.slug),
      });
    }
  }
  return pairs;
}
