import { getStoryExport } from '@/server/data/stories/get-story-export';
import { storySlugSchema } from '@/server/services/import/manifest';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const parsed = storySlugSchema.safeParse((await params).slug);
  if (!parsed.success) return Response.json({ error: 'not_found', message: 'No such story.' }, { status: 404 });
  const document = await getStoryExport({ slug: parsed.data });
  if (!document) return Response.json({ error: 'not_found', message: `No story "${parsed.data}".` }, { status: 404 });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `inline; filename="${parsed.data}.json"`,
    },
  });
}
