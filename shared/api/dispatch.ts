// The single router every host calls: validate, run, wrap. Nothing a handler throws
// escapes as a stack trace; unexpected errors become `internal` with a short message.
import { z } from 'zod';
import { type Api, contract, isMethod } from './contract';
import { ApiError, type Envelope, fail, ok } from './envelope';

export async function dispatch(api: Api, method: string, raw: unknown): Promise<Envelope> {
  if (!isMethod(method)) return fail('unknown_method', `unknown method "${method}"`);
  const spec = contract[method];
  const input = spec.input.safeParse(raw ?? {});
  if (!input.success) return fail('bad_input', `${method}: ${z.prettifyError(input.error)}`);
  try {
    const handler = api[method] as (arg: unknown) => Promise<unknown>;
    return ok(await handler(input.data));
  } catch (err) {
    if (err instanceof ApiError) return fail(err.code, err.message);
    const message = err instanceof Error ? err.message : String(err);
    return fail('internal', `${method} failed: ${message}`);
  }
}
