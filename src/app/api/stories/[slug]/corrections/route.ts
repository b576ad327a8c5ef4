import { AppError } from '@/server/errors';
import { changed, guardChange, localPath } from '@/server/http/guard-change';
import { correctionSchema, createCorrection } from '@/server/services/corrections/create-correction';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor marks a divergence as wrong or reassigns a quotation's speaker. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return guard.response;
  const { slug } = await params;
  const form = await request.formData().catch(() => null);
  if (!form) return Response.json({ error: 'invalid_input', message: 'Send the correction as a form.' }, { status: 415 });
  const parsed = correctionSchema.safeParse(Object.fromEntries(['kind', 'targetKey', 'divergenceKind', 'personKey'].map((name) => [name, form.get(name) ?? undefined])));
  if (!parsed.success) return Response.json({ error: 'invalid_input', issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) }, { status: 400 });
  try {
    const row = await createCorrection({ slug, input: parsed.data, editorId: guard.editor.id });
    return changed(request, localPath(form.get('returnTo')), { id: row.id });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid_input')) {
      return Response.json({ error: error.code, message: error.message }, { status: error.code === 'not_found' ? 404 : 400 });
    }
    throw error;
  }
}
