import { notFound } from 'next/navigation';
import { CoverageGrid } from '@/components/overview/coverage-grid';
import { buildCoverage, coverageShowParam, coverageSortParam } from '@/components/overview/coverage-view';
import { FramingSummary } from '@/components/overview/framing-summary';
import { buildFraming } from '@/components/overview/framing-view';
import { OutletsTable } from '@/components/overview/outlets-table';
import { buildOutletRows } from '@/components/overview/outlets-view';
import { PageLegend } from '@/components/overview/page-legend';
import { buildStorySummary } from '@/components/overview/story-summary';
import { StorySummaryBlock } from '@/components/overview/story-summary-block';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { ParamError } from '@/components/ui/param-error';
import { storyHref } from '@/lib/links';
import { parseParam } from '@/lib/search-params';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = storyPageMetadata('Overview');

export default async function StoryOverviewPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const sort = parseParam('sort', coverageSortParam, query.sort);
  const show = parseParam('show', coverageShowParam, query.show);
  const dto = await getStoryAnalysisForPages({ slug });
  if (!dto) notFound();

  const heading = <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>;
  if (!sort.ok || !show.ok) {
    return (
      <div>
        {heading}
        {!sort.ok && <ParamError message={sort.message} resetHref={storyHref(slug)} />}
        {!show.ok && <ParamError message={show.message} resetHref={storyHref(slug)} />}
      </div>
    );
  }

  const outlets = buildOutletRows(dto);
  const coverage = buildCoverage(dto, { sort: sort.value, showAll: show.value === 'all' });
  const summary = buildStorySummary(dto, { conflictLimit: 12, omissionLimit: 5 });
  const framing = buildFraming(dto);

  return (
    <div className="space-y-10">
      <div>
        {heading}
        {!dto.story.analysed && (
          <p role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            The comparison is being updated after the latest import; what follows may not include every article yet.
          </p>
        )}
      </div>

      <StorySummaryBlock summary={summary} />

      <PageLegend />

      <section aria-labelledby="coverage-heading" id="coverage" className="scroll-mt-4">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          Who reported what
        </h2>
        <CoverageGrid view={coverage} />
      </section>

      <section aria-labelledby="outlets-heading">
        <h2 id="outlets-heading" className="text-lg font-semibold">
          Outlets and their sources
        </h2>
        <OutletsTable rows={outlets} />
      </section>

      <section aria-labelledby="framing-heading" className="break-before-page">
        <h2 id="framing-heading" className="text-lg font-semibold">
          Framing: the words each outlet chose
        </h2>
        <FramingSummary outlets={framing} slug={dto.story.slug} />
      </section>
    </div>
  );
}
