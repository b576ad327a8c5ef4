import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PeopleTable } from '@/components/people/people-table';
import { buildPeopleView } from '@/components/people/people-view';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { plural } from '@/lib/format';
import { quotesHref } from '@/lib/links';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = storyPageMetadata('People');

export default async function PeoplePage({ params }: Props) {
  const { slug } = await params;
  const analysis = await getStoryAnalysisForPages({ slug });
  if (!analysis) notFound();
  const view = buildPeopleView(analysis);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">People</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        Who each outlet mentions, and who it lets speak. {plural(view.rows.length, 'person', 'people')} found in the articles, most quoted
        first.
      </p>
      {view.rows.length === 0 ? (
        <p className="mt-6 rounded border border-stone-200 bg-white p-4 text-stone-700">No people were found in this story’s articles.</p>
      ) : (
        <PeopleTable view={view} quotesHrefFor={(id) => `${quotesHref(slug)}?speaker=${id}`} />
      )}
      {view.unresolvedQuotes > 0 && (
        <p className="mt-3 text-sm text-stone-700">
          {plural(view.unresolvedQuotes, 'quotation')} {view.unresolvedQuotes === 1 ? 'has' : 'have'} no identified person as speaker (a
          label such as a role, or no attribution).{' '}
          <Link href={quotesHref(slug)} className="text-sky-900 underline">
            See all quotations
          </Link>
          .
        </p>
      )}
    </div>
  );
}
