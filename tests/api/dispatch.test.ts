import { describe, expect, it } from 'vitest';
import { type Api, contract, methods } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { ApiError } from '../../shared/api/envelope';

// An Api whose handlers we control per test; untouched methods fail loudly.
function apiWith(overrides: Partial<Api>): Api {
  const base = Object.fromEntries(methods.map((m) => [m, async () => { throw new Error(`${m} not expected`); }]));
  return { ...base, ...overrides } as Api;
}

describe('dispatch', () => {
  it('runs a valid call and wraps its value', async () => {
    const api = apiWith({ 'documents.get': async ({ id }) => ({ id, name: 'D', kind: 'interview', characters: 1, case: null, text: 'x', sourceName: null, sha256: 'h', segments: [] }) });
    const env = await dispatch(api, 'documents.get', { id: 'abc' });
    expect(env).toMatchObject({ ok: true, value: { id: 'abc', text: 'x' } });
  });

  it('refuses input that fails the schema, naming the method and field', async () => {
    const env = await dispatch(apiWith({}), 'documents.get', { id: 42 });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('bad_input');
      expect(env.error.message).toContain('documents.get');
      expect(env.error.message).toContain('id');
    }
  });

  it('refuses unknown fields, so typos do not pass silently', async () => {
    const env = await dispatch(apiWith({}), 'project.open', { path: '/x.qualia', pth: 'oops' });
    expect(env).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('refuses unknown methods, including inherited object keys', async () => {
    for (const name of ['no.such', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(apiWith({}), name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('passes ApiErrors through and hides other failures behind internal', async () => {
    const api = apiWith({
      'documents.list': async () => { throw new ApiError('no_project', 'no project is open'); },
      'codes.list': async () => { throw new TypeError('boom'); },
    });
    expect(await dispatch(api, 'documents.list', {})).toEqual({ ok: false, error: { code: 'no_project', message: 'no project is open' } });
    expect(await dispatch(api, 'codes.list', {})).toMatchObject({ ok: false, error: { code: 'internal', message: 'codes.list failed: boom' } });
  });

  it('declares every method with input and output schemas and a summary', () => {
    for (const m of methods) {
      expect(contract[m].input).toBeDefined();
      expect(contract[m].output).toBeDefined();
      expect(contract[m].summary.length).toBeGreaterThan(5);
    }
  });
});
