import { getAnalysisStatus } from '@/server/data/stories/get-analysis-status';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const status = await getAnalysisStatus({ slug: (await params).slug });
  if (!status) return Response.json({ error: 'not_found' }, { status: 404 });
  return Response.json(status, { headers: { 'cache-control': 'no-store' } });
}
