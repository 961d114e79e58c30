// A user error is one clear line on stderr and exit code 1 — never a stack trace.
import { ApiError } from '../shared/api/envelope';
import { ImportError } from '../shared/import/errors';

export class UserError extends Error {}

export function reportAndExit(err: unknown): never {
  const message =
    err instanceof UserError || err instanceof ApiError || err instanceof ImportError
      ? err.message
      : err instanceof Error
        ? `unexpected error: ${err.message}`
        : String(err);
  process.stderr.write(`qualia: ${message}\n`);
  if (process.env.QUALIA_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
