import { printHref } from '@/lib/links';
import { exportFileName, resolveExportRequest } from '@/server/export/export-request';
import { errorResponse } from '@/server/http/error-response';
import { internalOrigin } from '@/server/pdf/internal-origin';
import { renderPdf } from '@/server/pdf/render-pdf';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const resolved = await resolveExportRequest(slug, request.url);
  if (!resolved.ok) return resolved.response;
  const chosen = resolved.options.outlets;
  try {
    const pdf = await renderPdf({
      url: `${internalOrigin()}${printHref(slug, { outlets: chosen, sections: resolved.options.sections })}`,
      title: resolved.dto.story.title,
      generatedAt: new Date(),
    });
    return new Response(new Uint8Array(pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${exportFileName(slug, 'pdf')}"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
