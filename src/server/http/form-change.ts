import 'server-only';
import type { z } from 'zod';
import type { SessionEditor } from '../auth/session';
import { MAX_CHANGE_REQUEST_BYTES } from './body-limits';
import { errorResponse } from './error-response';
import { changed, guardChange, localPath } from './guard-change';
import { readFormWithin } from './read-form';

/**
 * A browser's form post whose session has ended: to the sign-in page, which brings the editor
 * back to the page the form was on (its Referer, already checked to be this site). Scripts
 * and anything that does not ask for HTML keep the 401.
 */
function signInFirst(request: Request, refused: Response): Response | null {
  if (refused.status !== 401 || !(request.headers.get('accept') ?? '').includes('text/html')) return null;
  let next = '/';
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    next = `${referer.pathname}${referer.search}`;
  } catch {
    // No usable Referer: the sign-in page then goes home.
  }
  return new Response(null, { status: 303, headers: { location: `/sign-in?next=${encodeURIComponent(next)}` } });
}

/**
 * A change posted as a form by an editor: guarded (403 cross-site, 401 anonymous), the named
 * fields (and `lists`, fields that may repeat, e.g. ticked checkboxes) validated with `schema` (400 listing the problems), then `run`; back to `returnTo`
 * (303) or JSON. Application errors become their HTTP answers.
 */
export async function formChange<T>(
  request: Request,
  options: {
    fields: string[];
    lists?: string[];
    schema: z.ZodType<T>;
    run: (input: T, editor: SessionEditor) => Promise<Record<string, unknown>>;
  },
): Promise<Response> {
  const guard = await guardChange(request);
  if (!guard.ok) return signInFirst(request, guard.response) ?? guard.response;
  let form: FormData;
  try {
    form = await readFormWithin(request, MAX_CHANGE_REQUEST_BYTES, 'change');
  } catch (error) {
    return errorResponse(error);
  }
  const parsed = options.schema.safeParse(
    Object.fromEntries([
      ...options.fields.map((name) => [name, form.get(name) ?? undefined]),
      ...(options.lists ?? []).map((name) => [name, form.getAll(name)]),
    ]),
  );
  if (!parsed.success) {
    return Response.json(
      { error: 'invalid_input', issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'form'}: ${issue.message}`) },
      { status: 400 },
    );
  }
  try {
    return changed(request, localPath(form.get('returnTo')), await options.run(parsed.data, guard.editor));
  } catch (error) {
    return errorResponse(error);
  }
}
