// Typed application errors. `code` is stable and machine-readable; `message` says what was
// wrong and what to do, in words a user can act on.

export type AppErrorCode =
  | 'invalid_input'
  | 'invalid_parameter'
  | 'invalid_manifest'
  | 'file_missing'
  | 'file_empty'
  | 'file_binary'
  | 'file_encoding'
  | 'file_too_large'
  | 'file_unlisted'
  | 'fetch_refused'
  | 'not_found'
  | 'database_unavailable'
  | 'browser_unavailable'
  | 'busy'
  | 'unauthorized'
  | 'timeout'
  | 'internal';

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Extra context, such as the file or field at fault. */
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** A one-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

// What each code means over HTTP; a `details.status` overrides it (e.g. 415 for a wrong file type).
const HTTP_STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  invalid_parameter: 400,
  invalid_manifest: 400,
  file_missing: 400,
  file_empty: 400,
  file_unlisted: 400,
  fetch_refused: 422,
  file_binary: 415,
  file_encoding: 415,
  file_too_large: 413,
  unauthorized: 401,
  not_found: 404,
  database_unavailable: 503,
  browser_unavailable: 503,
  busy: 503,
  timeout: 503,
  internal: 500,
};

export function httpStatusOf(error: AppError): number {
  const override = error.details?.status;
  return typeof override === 'number' ? override : HTTP_STATUS[error.code];
}
