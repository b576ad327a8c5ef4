import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DetachedNotesNotice } from '@/components/history/detached-notes-notice';
import { AnalysisProgress } from '@/components/story/analysis-progress';
import { ExportPanel } from '@/components/story/export-panel';
import { StoryTabs } from '@/components/story/story-tabs';
import { plural } from '@/lib/format';
import { storyHref } from '@/lib/links';
import { getCurrentEditor } from '@/server/auth/current-editor';
import { getAnalysisStatus } from '@/server/data/stories/get-analysis-status';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

// An editor who added an article or made a correction sees what changed for a while after it ends
// (editors' pages are never served from the page cache, so this does not reach readers).
const SHOW_FINISHED_MS = 10 * 60_000;
const recentlyFinished = (finishedAt: string | null, reason: string | null) =>
  reason !== null && finishedAt !== null && Date.now() - Date.parse(finishedAt) < SHOW_FINISHED_MS;

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function StoryLayout({ children, params }: Props) {
  const { slug } = await params;
  // The cached analysis view already holds the outlets and articles: no query of its own for the header.
  const [analysis, status, editor] = await Promise.all([
    getStoryAnalysisForPages({ slug }),
    getAnalysisStatus({ slug }),
    getCurrentEditor(),
  ]);
  if (!analysis) notFound();
  const story = {
    slug: analysis.story.slug,
    title: analysis.story.title,
    articleCount: analysis.articles.length,
    outletCount: analysis.outlets.length,
    outlets: analysis.outlets,
  };
  return (
    <div>
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            <Link href="/" className="hover:underline">
              Stories
            </Link>{' '}
            / {plural(story.articleCount, 'article')} from {plural(story.outletCount, 'outlet')}
          </p>
          <p className="mt-1 text-xl font-semibold tracking-tight text-stone-900">
            <Link href={storyHref(story.slug)} className="hover:underline">
              {story.title}
            </Link>
          </p>
        </div>
        <div className="flex items-start gap-2">
          {editor && (
            <Link
              href={`/stories/${story.slug}/add`}
              className="no-print rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50"
            >
              Add an article
            </Link>
          )}
          <ExportPanel slug={story.slug} outlets={story.outlets} />
        </div>
      </header>
      {status && (status.status === 'running' || (editor && recentlyFinished(status.finishedAt, status.reason))) && (
        <AnalysisProgress slug={story.slug} initial={status} />
      )}
      {editor && <DetachedNotesNotice slug={story.slug} count={analysis.annotations.filter((note) => note.detached).length} />}
      <StoryTabs slug={story.slug} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
