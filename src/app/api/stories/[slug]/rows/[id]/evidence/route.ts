import { chooseOutlets, rowEvidence, rowIdParam } from '@/components/compare/compare-view';
import { outletsParam, parseParam } from '@/lib/search-params';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * A compare row's "Why?": the sentences it rests on with their similarity and the row's
 * score, fetched when a reader opens it, so the page does not carry every row's evidence.
 * `outlets` orders the sentences as the page's columns are.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, id } = await params;
  const url = new URL(request.url);
  const row = parseParam('id', rowIdParam, id);
  const outlets = parseParam('outlets', outletsParam, url.searchParams.get('outlets') ?? undefined);
  if (!row.ok || row.value === undefined)
    return Response.json({ error: 'bad_request', message: row.ok ? 'A row id is needed.' : row.message }, { status: 400 });
  if (!outlets.ok) return Response.json({ error: 'bad_request', message: outlets.message }, { status: 400 });
  const analysis = await getStoryAnalysisForPages({ slug });
  const group = analysis?.groups.find((candidate) => candidate.id === row.value);
  if (!analysis || !group)
    return Response.json({ error: 'not_found', message: 'No such row in this story: reload the page.' }, { status: 404 });
  const choice = chooseOutlets(analysis.outlets, outlets.value);
  const order = choice.ok ? choice.outlets : analysis.outlets;
  return Response.json(
    { score: group.score, items: rowEvidence(analysis, group, order) },
    // The row ids change when the story is analysed again; the page asks again then.
    { headers: { 'cache-control': 'private, max-age=60' } },
  );
}
