import { z } from 'zod';
import { getArticleVersionPage } from '@/server/data/articles/get-article-version-page';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; articleId: string; version: string }> };

const positive = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

/**
 * The page as fetched for one version, to audit or redo the extraction. Always plain text,
 * never rendered: it is another site's HTML (scripts and all), so it is served as text, not
 * sniffed, and sandboxed should a browser try anyway.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, articleId, version } = await params;
  const id = positive.safeParse(articleId);
  const number = positive.safeParse(version);
  const page = id.success && number.success ? await getArticleVersionPage({ slug, articleId: id.data, version: number.data }) : null;
  if (!page) return Response.json({ error: 'not_found', message: 'No stored page for this version of the article.' }, { status: 404 });
  return new Response(page.rawPage, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'x-parallax-fetched-from': encodeURI(page.finalUrl ?? ''),
      'x-parallax-fetched-at': page.fetchedAt.toISOString(),
    },
  });
}
