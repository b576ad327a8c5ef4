import { exportFileName, resolveExportRequest } from '@/server/export/export-request';
import { claimsCsv, quotesCsv } from '@/server/export/story-csv';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const resolved = await resolveExportRequest(slug, request.url);
  if (!resolved.ok) return resolved.response;
  const table = resolved.options.table;
  const body = table === 'quotes' ? quotesCsv(resolved.dto) : claimsCsv(resolved.dto);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(`${slug}-${table}`, 'csv')}"`,
    },
  });
}
