import 'server-only';
import { AppError, httpStatusOf } from '../errors';

/**
 * The one mapping from an application error to an HTTP answer: its status, code, message
 * and, when it is about one query parameter or form field, which. Anything else is rethrown
 * (a real failure: Next answers 500 and logs it).
 */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError)) throw error;
  const status = httpStatusOf(error);
  const parameter = typeof error.details?.parameter === 'string' ? { parameter: error.details.parameter } : {};
  return Response.json(
    { error: error.code, message: error.message, ...parameter },
    { status, headers: status === 503 ? { 'retry-after': '30' } : undefined },
  );
}
