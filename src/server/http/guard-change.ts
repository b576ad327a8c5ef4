import 'server-only';
import { editorOfSession, SESSION_COOKIE, type SessionEditor } from '../auth/session';
import { cookieValue } from './cookie-value';

export type Guarded = { ok: true; editor: SessionEditor } | { ok: false; response: Response };

/**
 * The front door of every route that changes something. Cross-site requests are refused
 * (403: the Origin, or failing that the Referer, must be this site: CSRF), then anonymous
 * ones (401). The session cookie is SameSite=Lax as a second line.
 */
export async function guardChange(request: Request): Promise<Guarded> {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const origin = request.headers.get('origin') ?? request.headers.get('referer');
  let sameSite = false;
  try {
    sameSite = Boolean(origin && host && new URL(origin).host === host);
  } catch {
    sameSite = false;
  }
  if (!sameSite) {
    return {
      ok: false,
      response: Response.json(
        { error: 'forbidden', message: "This change must come from a Parallax page (the request's origin is missing or another site)." },
        { status: 403 },
      ),
    };
  }
  const editor = await editorOfSession(cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
  if (!editor)
    return {
      ok: false,
      response: Response.json({ error: 'unauthorized', message: 'Sign in as an editor to change anything.' }, { status: 401 }),
    };
  return { ok: true, editor };
}

/** After a form post: back to the page (303), or JSON for scripts that ask for it. */
export function changed(request: Request, returnTo: string | null, body: Record<string, unknown>, status = 201): Response {
  if ((request.headers.get('accept') ?? '').includes('application/json') || !returnTo) return Response.json(body, { status });
  return new Response(null, { status: 303, headers: { location: returnTo } });
}

/** A local path to return to ("/stories/x/timeline"), never another site. */
export function localPath(value: FormDataEntryValue | null): string | null {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : null;
}
