import { AppError } from '@/server/errors';
import { changed, guardChange, localPath } from '@/server/http/guard-change';
import { annotationSchema, createAnnotation } from '@/server/services/annotations/create-annotation';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return guard.response;
  const { slug } = await params;
  const form = await request.formData().catch(() => null);
  if (!form) return Response.json({ error: 'invalid_input', message: 'Send the note as a form.' }, { status: 415 });
  const parsed = annotationSchema.safeParse({ targetType: form.get('targetType'), targetKey: form.get('targetKey'), body: form.get('body') });
  if (!parsed.success) return Response.json({ error: 'invalid_input', issues: parsed.error.issues.map((issue) => issue.message) }, { status: 400 });
  try {
    const row = await createAnnotation({ slug, input: parsed.data, author: guard.editor.email });
    return changed(request, localPath(form.get('returnTo')), { id: row.id });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return Response.json({ error: error.code, message: error.message }, { status: 404 });
    if (error instanceof AppError && error.code === 'invalid_input') return Response.json({ error: error.code, message: error.message }, { status: 400 });
    throw error;
  }
}
