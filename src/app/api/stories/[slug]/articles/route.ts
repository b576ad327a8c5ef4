import { handleUpload } from '@/server/http/upload-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor adds an article to a story (pasted text or a .txt/.html file). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleUpload(request, (await params).slug, { newStory: false });
}
