import { formChange } from '@/server/http/form-change';
import { annotationSchema, createAnnotation } from '@/server/services/annotations/create-annotation';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor's note on an event, a claim group or a quotation. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return formChange(request, {
    fields: ['targetType', 'targetKey', 'body'],
    schema: annotationSchema,
    run: async (input, editor) => createAnnotation({ slug, input, author: editor.email }),
  });
}
