import { exportFileName, resolveExportRequest } from '@/server/export/export-request';
import { toStoryExport } from '@/server/export/story-json';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const resolved = await resolveExportRequest(slug, request.url);
  if (!resolved.ok) return resolved.response;
  return new Response(`${JSON.stringify(toStoryExport(resolved.dto, new Date()), null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(slug, 'json')}"`,
    },
  });
}
