// Which query parameters of a story page are wrong, decided once for the page (which shows the
// message) and for src/proxy.ts (which makes the answer a 400, as a page cannot set its own
// status). Pure: the same schemas the pages parse with, and the story's analysis for the values
// that depend on the story (its outlets and speakers).
import type { z } from 'zod';
import { compareFilterParam, compareLayoutParam, rowIdParam } from '@/components/compare/compare-choice';
import { coverageShowParam, coverageSortParam } from '@/components/overview/coverage-view';
import { quotationCounts, speakerParam } from '@/components/quotes/quotes-view';
import { sectionsParam } from '@/lib/export-options';
import { outletParam, outletsParam, pageParam, parseParam, shownValue, unknownOutlets, unknownOutletsMessage } from '@/lib/search-params';

import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

/** The story pages whose parameters are checked here (the article and print pages check their own). */
export type CheckedStoryPage = 'overview' | 'compare' | 'quotes' | 'timeline' | 'print';

/** Each page's parameters and the schema it parses them with, in the order the page checks them. */
export const STORY_PAGE_SCHEMAS: Record<CheckedStoryPage, Record<string, z.ZodType<unknown>>> = {
  overview: { sort: coverageSortParam, show: coverageShowParam },
  compare: {
    outlets: outletsParam,
    kind: compareFilterParam,
    page: pageParam,
    layout: compareLayoutParam,
    why: rowIdParam,
    edit: rowIdParam,
  },
  quotes: { speaker: speakerParam },
  timeline: { outlet: outletParam },
  // The page the PDF is made from: a bad choice is refused there too, never rendered and stored as a 200.
  print: { outlets: outletsParam, sections: sectionsParam },
};

/** Parameters a page reads from every repetition, joined with commas (a form of checkboxes repeats them). */
const JOINED = new Set(['outlets', 'sections']);

const PAGE_PATH = /^\/stories\/(?!new(?:\/|$))([a-z0-9][a-z0-9-]{0,99})(?:\/(compare|quotes|timeline))?$/;
const PRINT_PATH = /^\/print\/([a-z0-9][a-z0-9-]{0,99})$/;

/** The checked story page a path is, with its story's slug; null for any other path. */
export function checkedStoryPageOf(pathname: string): { page: CheckedStoryPage; slug: string } | null {
  const print = PRINT_PATH.exec(pathname);
  if (print) return { page: 'print', slug: print[1] };
  const match = PAGE_PATH.exec(pathname);
  if (!match) return null;
  return { page: (match[2] as CheckedStoryPage | undefined) ?? 'overview', slug: match[1] };
}

/** One parameter's value as the page reads it: the first, or every repetition joined. */
export function rawParam(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  return JOINED.has(name) ? values.filter(Boolean).join(',') : values[0];
}

export interface ParamProblem {
  param: string;
  message: string;
}

/** The first parameter of `page` its schema refuses, with the message the page shows; null when all parse. */
export function malformedParam(page: CheckedStoryPage, query: URLSearchParams): ParamProblem | null {
  for (const [param, schema] of Object.entries(STORY_PAGE_SCHEMAS[page])) {
    const parsed = parseParam(param, schema, rawParam(query, param));
    if (!parsed.ok) return { param, message: parsed.message };
  }
  return null;
}

export function unknownSpeakerMessage(speaker: string): string {
  return `The “speaker” parameter ${shownValue(speaker)} does not match any speaker in this story: the page without it lists them all.`;
}

// The speakers' parameters of one analysis, worked out once (the analysis is cached per revision).
const speakersOf = new WeakMap<StoryAnalysisDto, Set<string>>();

function knownSpeakers(analysis: StoryAnalysisDto): Set<string> {
  let known = speakersOf.get(analysis);
  if (!known) {
    // A person of the story who is never quoted is a valid filter with nothing to show.
    known = new Set([...quotationCounts(analysis).keys(), ...analysis.people.map((p) => String(p.id))]);
    speakersOf.set(analysis, known);
  }
  return known;
}

/** Whether a well-formed query of `page` names a value of the story's that may be unknown: only then is the analysis needed. */
export function namesStoryValues(page: CheckedStoryPage, query: URLSearchParams): boolean {
  const param = { compare: 'outlets', print: 'outlets', timeline: 'outlet', quotes: 'speaker', overview: null }[page];
  return param !== null && Boolean(rawParam(query, param));
}

/**
 * A well-formed parameter naming an outlet or speaker the story does not have. The story exists
 * and the address is wrong, so this is a 400 like a malformed value, not a 404 (which would
 * say the story is missing); the page shows which values the story has.
 */
export function unknownStoryValue(page: CheckedStoryPage, query: URLSearchParams, analysis: StoryAnalysisDto): ParamProblem | null {
  const outletProblem = (param: string, requested: string[] | undefined) => {
    const unknown = [...new Set(unknownOutlets(requested, analysis.outlets))];
    return unknown.length > 0 ? { param, message: unknownOutletsMessage(param, unknown, analysis.outlets) } : null;
  };
  if (page === 'compare' || page === 'print') {
    const outlets = parseParam('outlets', outletsParam, rawParam(query, 'outlets'));
    return outletProblem('outlets', outlets.ok ? outlets.value : undefined);
  }
  if (page === 'timeline') {
    const outlet = parseParam('outlet', outletParam, rawParam(query, 'outlet'));
    return outletProblem('outlet', outlet.ok && outlet.value ? [outlet.value] : undefined);
  }
  if (page === 'quotes') {
    const speaker = rawParam(query, 'speaker');
    return speaker && !knownSpeakers(analysis).has(speaker) ? { param: 'speaker', message: unknownSpeakerMessage(speaker) } : null;
  }
  return null;
}
