import { notFound } from 'next/navigation';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { OutletFilter } from '@/components/timeline/outlet-filter';
import { TimelineAxis } from '@/components/timeline/timeline-axis';
import { TimelineList } from '@/components/timeline/timeline-list';
import { buildTimelineView } from '@/components/timeline/timeline-view';
import { ParamError } from '@/components/ui/param-error';
import { plural } from '@/lib/format';
import { timelineHref } from '@/lib/links';
import { outletParam, parseParam, unknownOutlets, unknownOutletsMessage } from '@/lib/search-params';
import { getCurrentEditor } from '@/server/auth/current-editor';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = storyPageMetadata('Timeline');

export default async function TimelinePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [analysis, query, editor] = await Promise.all([getStoryAnalysisForPages({ slug }), searchParams, getCurrentEditor()]);
  if (!analysis) notFound();
  const outlet = parseParam('outlet', outletParam, query.outlet);
  const unknown = outlet.ok && outlet.value ? unknownOutlets([outlet.value], analysis.outlets) : [];
  const error = !outlet.ok ? outlet.message : unknown.length > 0 ? unknownOutletsMessage('outlet', unknown, analysis.outlets) : null;
  const heading = <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>;
  // As on the other story pages: the message and a way back, not the page beside it.
  if (error)
    return (
      <div>
        {heading}
        <ParamError message={error} resetHref={timelineHref(slug)} />
      </div>
    );
  const view = buildTimelineView(analysis, outlet.ok ? outlet.value : undefined);
  const description = view.axis
    ? `${plural(view.events.length, 'event')} from ${view.axis.startLabel} to ${view.axis.endLabel}${view.selected ? ` reported by ${view.selected.name}` : ''}, numbered as in the list below.`
    : 'No dated events.';
  return (
    <div>
      {heading}
      <p className="mt-1 max-w-prose text-stone-700">
        The dated events the articles report, in order. Each one shows which outlets reported it, a note on how they covered it, and the
        sentences it rests on.
      </p>
      <OutletFilter filters={view.filters} allHref={view.allHref} total={view.totalEvents} anySelected={view.selected !== null} />
      <p className="mt-3 text-sm text-stone-700" aria-live="polite">
        {view.selected
          ? `${plural(view.events.length, 'event')} reported by ${view.selected.name} (of ${view.totalEvents}).`
          : `${plural(view.events.length, 'event')}.`}{' '}
        <span className="text-stone-600">Dots are days; bars span a month when only the month is known.</span>
      </p>
      {view.axis ? (
        <div className="mt-3">
          <TimelineAxis axis={view.axis} description={description} />
        </div>
      ) : null}
      {view.events.length > 0 ? (
        <TimelineList events={view.events} annotate={editor ? { slug, returnTo: timelineHref(slug, view.selected?.slug) } : undefined} />
      ) : (
        <p className="mt-6 text-stone-700">No dated events to show.</p>
      )}
    </div>
  );
}
