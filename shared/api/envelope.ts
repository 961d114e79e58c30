// Every API call, over any transport, answers with one of these two shapes, so the
// renderer and scripts handle failure the same way whatever the host.

export const errorCodes = [
  'bad_input', // arguments failed the contract's schema
  'unknown_method',
  'not_found',
  'no_project', // a project method was called with no project open
  'conflict', // e.g. a name already taken
  'unsupported', // the host cannot do this (e.g. native dialogs in a browser)
  'file_error', // the project file cannot be read, created or migrated
  'newer_schema', // the file was written by a newer Qualia
  'locked', // the project is open in another Qualia
  'unauthorized',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for failures a user can act on; the message is shown as is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});
