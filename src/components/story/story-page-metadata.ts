import type { Metadata } from 'next';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

// Every tab of a story is titled "<tab> · <story title>" (the root layout adds " · Parallax"),
// so browser tabs and history tell stories and sections apart. The story's analysis is
// the cached view the page reads anyway.

type Props = { params: Promise<{ slug: string }> };

/** The page title of one of a story's tabs. */
export function storyPageTitle(section: string, storyTitle: string | null): string {
  return storyTitle === null ? 'Story not found' : `${section} · ${storyTitle}`;
}

/** A page's `generateMetadata` for the story tab named `section`. */
export function storyPageMetadata(section: string) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const analysis = await getStoryAnalysisForPages({ slug: (await params).slug });
    return { title: storyPageTitle(section, analysis?.story.title ?? null) };
  };
}
