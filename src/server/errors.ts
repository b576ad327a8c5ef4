// Typed application errors. `code` is stable and machine-readable; `message` says what was
// wrong and what to do, in words a user can act on.

export type AppErrorCode =
  | 'invalid_input'
  | 'invalid_manifest'
  | 'file_missing'
  | 'file_empty'
  | 'file_binary'
  | 'file_encoding'
  | 'file_too_large'
  | 'file_unlisted'
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
