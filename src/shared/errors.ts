/**
 * Errors that reach a counselor. Every failure the core reports carries a code (for programs:
 * the UI, the command line's exit status, tests) and a sentence a counselor can act on.
 * Pure TypeScript: shared by the Node side and the renderer.
 */
export const errorCodes = [
  'invalid_input', // the caller sent something the contract does not accept
  'not_found', // a student, course, plan ... that is not in the store
  'conflict', // the request makes sense but not against what the store holds now
  'stale', // a change based on a version someone else has since replaced: nothing saved; show the new one
  'store_damaged', // the SQLite file fails its integrity check or is not a database
  'store_too_new', // written by a newer version of the application
  'store_unavailable', // cannot be opened or written (permissions, locked, missing folder)
  'busy', // another program or job holds the store's write lock longer than we wait: try again
  'file_unreadable', // an uploaded file that cannot be read as what it claims to be
  'cancelled', // a long job stopped on the user's request
  'unauthorized', // browser mode: missing or wrong token; department server: no live session
  'forbidden', // department server: the signed-in counselor's role may not do this, or the request is not the page's own
  'too_many_attempts', // department server: sign-in refused for a while after repeated failures
  'not_on_server', // department server: a method not yet carried over to PostgreSQL
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

/**
 * The command line's way round a refusal, in the one form core sentences carry it:
 * " (on the command line: --map studentNumber=<header>)". The `counselor` command prints the
 * sentence whole; the window shows it without (withoutCommandLineHints): a counselor there has a
 * screen for the same choice and is never told to type a flag.
 */
export function commandLineHint(flags: string): string {
  return ` (on the command line: ${flags})`;
}

const HINT_START = ' (on the command line: ';

/** A core sentence as the window shows it: every commandLineHint taken out. */
export function withoutCommandLineHints(message: string): string {
  let out = '';
  let from = 0;
  for (let at = message.indexOf(HINT_START); at !== -1; at = message.indexOf(HINT_START, from)) {
    out += message.slice(from, at);
    // The hint ends at its own closing bracket: brackets inside it pair up, and a quoted value
    // (a department named "Arts (Visual") may hold any bracket.
    let depth = 1;
    let quoted = false;
    let i = at + HINT_START.length;
    for (; i < message.length && depth > 0; i++) {
      const c = message[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === '(') depth++;
      else if (!quoted && c === ')') depth--;
    }
    from = i;
  }
  return out + message.slice(from);
}
