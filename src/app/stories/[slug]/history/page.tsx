import { notFound } from 'next/navigation';
import { DetachedNotesList, HistoryList } from '@/components/history/history-list';
import { buildHistoryView } from '@/components/history/history-view';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { plural } from '@/lib/format';
import { historyHref } from '@/lib/links';
import { getCurrentEditor } from '@/server/auth/current-editor';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';
import { getStoryHistory } from '@/server/data/stories/get-story-history';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = storyPageMetadata('History');

export default async function HistoryPage({ params }: Props) {
  const { slug } = await params;
  const [analysis, history, editor] = await Promise.all([
    getStoryAnalysisForPages({ slug }),
    getStoryHistory({ slug }),
    getCurrentEditor(),
  ]);
  if (!analysis || !history) notFound();
  const view = buildHistoryView(slug, history.entries, analysis.detachedCorrectionIds ?? [], analysis.annotations);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">History</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        Editors&rsquo; corrections of this story&rsquo;s analysis, newest first: {plural(view.items.length, 'correction')}. An undone
        correction stays listed; it no longer applies.
      </p>
      <HistoryList items={view.items} undo={editor ? { slug, returnTo: historyHref(slug) } : undefined} />
      {editor && (
        <section aria-labelledby="detached-notes" className="mt-8">
          <h2 id="detached-notes" className="text-lg font-semibold">
            Detached notes
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-stone-700">
            Notes whose event or row is no longer in the analysis (its sentences were removed or changed): readers do not see them. Copy
            what still matters onto the right event or row.
          </p>
          <DetachedNotesList notes={view.detachedNotes} />
        </section>
      )}
    </div>
  );
}
