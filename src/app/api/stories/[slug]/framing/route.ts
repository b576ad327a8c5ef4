import { z } from 'zod';
import { findTermContexts } from '@/server/data/stories/find-term-contexts';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

const query = z.object({
  outlet: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an outlet slug'),
  term: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
});

/** A framing term in context: the sentences in which the outlet uses it, fetched when a reader opens the term. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = query.safeParse({ outlet: url.searchParams.get('outlet') ?? '', term: url.searchParams.get('term') ?? '' });
  if (!parsed.success)
    return Response.json(
      { error: 'bad_request', issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
      { status: 400 },
    );
  const found = await findTermContexts({ slug, outletSlug: parsed.data.outlet, term: parsed.data.term });
  if (!found) return Response.json({ error: 'not_found', message: 'This story has no article from that outlet.' }, { status: 404 });
  return Response.json(found, { headers: { 'cache-control': 'private, max-age=60' } });
}
