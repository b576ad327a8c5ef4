import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buildStorySummary } from '@/components/overview/story-summary';
import { StorySummaryBlock } from '@/components/overview/story-summary-block';
import { PrintEditorial, PrintGrid, PrintQuotes, PrintSources, PrintTimeline } from '@/components/print/print-sections';
import { buildPrintView } from '@/components/print/print-view';
import { ParamError } from '@/components/ui/param-error';
import { exportOptionsSchema, sectionLabels } from '@/lib/export-options';
import { unknownOutlets, unknownOutletsMessage } from '@/lib/search-params';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { selectOutlets } from '@/server/export/select-outlets';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dto = await getStoryAnalysis({ slug: (await params).slug });
  return { title: dto ? `${dto.story.title} — comparison` : 'Story not found' };
}

// The printable comparison the PDF export renders (and anyone can print from the browser).
export default async function PrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const dto = await getStoryAnalysis({ slug });
  if (!dto) notFound();
  const parsed = exportOptionsSchema.safeParse({ outlets: joined(query.outlets), sections: joined(query.sections) });
  if (!parsed.success)
    return (
      <ParamError message={parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')} resetHref={`/print/${slug}`} />
    );
  const unknown = unknownOutlets(parsed.data.outlets, dto.outlets);
  if (unknown.length > 0)
    return <ParamError message={unknownOutletsMessage('outlets', unknown, dto.outlets)} resetHref={`/print/${slug}`} />;
  const chosen = selectOutlets(dto, parsed.data.outlets);
  const view = buildPrintView(chosen, parsed.data.sections);
  const sections = new Set(parsed.data.sections);
  const summary = buildStorySummary(chosen);
  return (
    <article className="mx-auto max-w-4xl font-sans text-stone-900 print:max-w-none">
      <h1 className="text-2xl font-semibold tracking-tight">{dto.story.title}</h1>
      <p className="mt-1 text-sm text-stone-700">
        How {view.outlets.map((outlet) => outlet.name).join(', ')} covered the story:{' '}
        {parsed.data.sections.map((s) => sectionLabels[s].toLowerCase()).join(', ')}.
      </p>
      <div className="mt-6">
        <StorySummaryBlock summary={summary} variant="print" divergences={sections.has('divergences')} />
      </div>
      {sections.has('grid') && <PrintGrid view={view} />}
      {sections.has('quotes') && <PrintQuotes view={view} />}
      {sections.has('timeline') && <PrintTimeline view={view} />}
      {sections.has('sources') && <PrintSources view={view} />}
      <PrintEditorial view={view} />
    </article>
  );
}
