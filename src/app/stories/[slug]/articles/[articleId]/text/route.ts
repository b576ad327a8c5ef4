import { z } from 'zod';
import { getArticleText } from '@/server/data/articles/get-article-text';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; articleId: string }> };

const articleIdParam = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

/** The whole article as plain text: the "full text" behind the article's pages and cut sentences. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug, articleId } = await params;
  const id = articleIdParam.safeParse(articleId);
  const article = id.success ? await getArticleText({ slug, articleId: id.data }) : null;
  if (!article) return Response.json({ error: 'not_found', message: 'No such article in this story.' }, { status: 404 });
  return new Response(article.text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
