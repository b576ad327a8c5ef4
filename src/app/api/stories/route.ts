import { handleUpload } from '@/server/http/upload-route';

export const dynamic = 'force-dynamic';

/** An editor creates a story with its first article. */
export async function POST(request: Request): Promise<Response> {
  return handleUpload(request, null, { newStory: true });
}
