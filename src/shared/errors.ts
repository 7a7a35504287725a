/**
 * Errors that reach a counselor. Every failure the core reports carries a code (for programs:
 * the UI, the command line's exit status, tests) and a sentence a counselor can act on.
 * Pure TypeScript: shared by the Node side and the renderer.
 */
export const errorCodes = [
  'invalid_input', // the caller sent something the contract does not accept
  'not_found', // a student, course, plan ... that is not in the store
  'conflict', // the request makes sense but not against what the store holds now
  'store_damaged', // the SQLite file fails its integrity check or is not a database
  'store_too_new', // written by a newer version of the application
  'store_unavailable', // cannot be opened or written (permissions, locked, missing folder)
  'busy', // another program or job holds the store's write lock longer than we wait: try again
  'file_unreadable', // an uploaded file that cannot be read as what it claims to be
  'cancelled', // a long job stopped on the user's request
  'unauthorized', // browser mode: missing or wrong token
  'unknown_method', // a transport was asked for a method the contract does not have
  'internal', // a bug: the message says so; details go to the log
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class CounselorError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CounselorError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** What every method returns over every transport: errors keep their code. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
