import { notFound } from 'next/navigation';
import { QuotesBySpeaker, quotesFilterHref } from '@/components/quotes/quotes-by-speaker';
import { buildQuotesView, speakerParam } from '@/components/quotes/quotes-view';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { unknownSpeakerMessage } from '@/components/story-params/story-page-params';
import { ParamError } from '@/components/ui/param-error';
import { quotesHref } from '@/lib/links';
import { parseParam } from '@/lib/search-params';
import { getCurrentEditor } from '@/server/auth/current-editor';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = storyPageMetadata('Quotes');

export default async function QuotesPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [analysis, editor] = await Promise.all([getStoryAnalysisForPages({ slug }), getCurrentEditor()]);
  if (!analysis) notFound();
  const speaker = parseParam('speaker', speakerParam, query.speaker);
  const view = speaker.ok ? buildQuotesView(analysis, speaker.value) : null;
  const error = !speaker.ok ? speaker.message : view?.unknownSpeaker ? unknownSpeakerMessage(view.unknownSpeaker) : null;
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">
        Quotations{view?.selected ? <span className="text-stone-600"> by {view.selected.name}</span> : null}
      </h1>
      {error || !view ? (
        <ParamError message={error ?? ''} resetHref={quotesHref(slug)} />
      ) : (
        <QuotesBySpeaker
          slug={slug}
          view={view}
          annotate={editor ? { slug, returnTo: quotesFilterHref(slug, speaker.ok ? speaker.value : undefined) } : undefined}
          correct={
            editor ? { slug, returnTo: quotesFilterHref(slug, speaker.ok ? speaker.value : undefined), people: analysis.people } : undefined
          }
        />
      )}
    </div>
  );
}
