import 'server-only';
import { AppError } from '../errors';

/** A body over `maxBytes`: refused as soon as the limit is passed, whether or not Content-Length was sent. */
export function tooLarge(maxBytes: number, what: string): AppError {
  return new AppError('file_too_large', `The ${what} is over the ${maxBytes.toLocaleString('en')}-byte limit: send a smaller one.`, {
    status: 413,
  });
}

/** At most `maxBytes` of the request body; reading stops (and the stream is cancelled) at the limit. */
export async function readBodyWithin(request: Request, maxBytes: number, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes, what);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, what);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * The request's form (multipart or URL-encoded), read within `maxBytes`. A body that is
 * not a well-formed form (a broken multipart boundary, a truncated part) is a 400 saying
 * so, not a failure of the server.
 */
export async function readFormWithin(request: Request, maxBytes: number, what: string): Promise<FormData> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)) {
    throw new AppError('invalid_input', `Send the ${what} as a form (multipart/form-data).`, { status: 415 });
  }
  const body = await readBodyWithin(request, maxBytes, what);
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError(
      'invalid_input',
      `The ${what} is not a well-formed form (${contentType.split(';')[0]}): send it again from the page.`,
    );
  }
}
