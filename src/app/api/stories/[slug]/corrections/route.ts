import { formChange } from '@/server/http/form-change';
import { correctionSchema, createCorrection } from '@/server/services/corrections/create-correction';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor marks a divergence as wrong, reassigns a quotation's speaker, splits a row or merges two. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return formChange(request, {
    fields: ['kind', 'targetKey', 'divergenceKind', 'personKey', 'withKey', 'reason'],
    lists: ['move'],
    schema: correctionSchema,
    run: async (input, editor) => createCorrection({ slug, input, editorId: editor.id }),
  });
}
