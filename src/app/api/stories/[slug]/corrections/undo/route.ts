import { formChange } from '@/server/http/form-change';
import { undoCorrection, undoCorrectionSchema } from '@/server/services/corrections/undo-correction';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor undoes a correction from the story's history. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return formChange(request, {
    fields: ['id'],
    schema: undoCorrectionSchema,
    run: async (input, editor) => undoCorrection({ slug, input, editor: editor.email }),
  });
}
