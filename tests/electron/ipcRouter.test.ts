// The desktop host's IPC door under malformed calls: every refusal is a validation
// (or forbidden) envelope, and the service behind it is never called.
import { describe, expect, it, vi } from 'vitest';
import { type IpcSender, routeInvoke } from '../../electron/ipcRouter';
import { type Api, methods } from '../../shared/api/contract';

const OWN = 'file:///opt/Qualia/resources/app.asar/dist/renderer/index.html';
const page: IpcSender = { url: `${OWN}#/documents`, isMainFrame: true };

/** Every contract method as a spy, so a test sees whether any service ran. */
function spyApi() {
  const spies = new Map(methods.map((m) => [m, vi.fn(async (_input: unknown) => ({ ran: m }))]));
  const api = Object.fromEntries(spies) as unknown as Api;
  const called = () => [...spies].filter(([, s]) => s.mock.calls.length > 0).map(([m]) => m);
  return { api, spies, called };
}

const route = (api: Api, method: unknown, input: unknown, sender: IpcSender | null = page) => routeInvoke(api, OWN, sender, method, input);

describe('IPC router (electron/ipcRouter.ts)', () => {
  it('routes a well-formed call to its service with the parsed input', async () => {
    const { api, spies } = spyApi();
    expect(await route(api, 'documents.get', { id: 'doc-1' })).toEqual({ ok: true, value: { ran: 'documents.get' } });
    expect(spies.get('documents.get')!.mock.calls).toEqual([[{ id: 'doc-1' }]]);
  });

  it.each([
    ['a page on the web', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['another local file', { url: 'file:///tmp/evil/index.html', isMainFrame: true }],
    ['an iframe inside our own page', { url: OWN, isMainFrame: false }],
    ['a frame that is gone', null],
    ['an empty URL', { url: '', isMainFrame: true }],
    ['a look-alike path', { url: `${OWN}.evil.html`, isMainFrame: true }],
  ])('refuses a call from %s (forbidden)', async (_label, sender) => {
    const { api, called } = spyApi();
    expect(await route(api, 'documents.list', {}, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(called()).toEqual([]);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { toString: () => 'documents.list' }],
    ['an array', ['documents.list']],
  ])('refuses a method name that is %s', async (_label, method) => {
    const { api, called } = spyApi();
    expect(await route(api, method, {})).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(called()).toEqual([]);
  });

  it.each(['nope', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'documents.list ', 'DOCUMENTS.LIST', 'documents', 'documents.list\0'])(
    'refuses the unknown method %j',
    async (method) => {
      const { api, called } = spyApi();
      expect(await route(api, method, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(called()).toEqual([]);
    },
  );

  it('refuses input that is not an object for every method in the contract', async () => {
    const { api, called } = spyApi();
    for (const method of methods) {
      for (const input of [42, 'x', true, [], [{}]]) {
        const env = await route(api, method, input);
        expect(env, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      }
    }
    expect(called()).toEqual([]);
  });

  it('never lets prototype-polluting keys through, for any method, and leaves Object.prototype alone', async () => {
    const { api, spies } = spyApi();
    const hostile = [
      JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
      { constructor: { prototype: { polluted: 'yes' } } },
      JSON.parse('{"id": "doc-1", "__proto__": {"polluted": "yes"}}') as unknown,
    ];
    for (const method of methods) {
      for (const input of hostile) {
        const env = await route(api, method, input);
        // Refused, or (for a method whose fields are all optional) run with the hostile keys dropped.
        if (env.ok) expect(JSON.stringify(spies.get(method)!.mock.calls.at(-1)), method).not.toMatch(/polluted|__proto__|constructor/);
        else expect(env.error.code, method).toBe('bad_input');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Methods that take no input refuse any key at all.
    expect(await route(api, 'documents.list', hostile[0])).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('__proto__') } });
  });

  it.each([
    ['wrong type', 'documents.get', { id: 7 }],
    ['missing field', 'documents.get', {}],
    ['extra key', 'documents.get', { id: 'doc-1', sql: 'DROP TABLE document' }],
    ['huge id', 'documents.get', { id: 'x'.repeat(1_000_000) }],
    ['huge memo', 'memos.save', { coderId: null, targetType: 'project', targetId: null, title: 't', body: 'x'.repeat(1_000_001) }],
    ['NaN offset', 'excerpts.update', { id: 'e-1', start: Number.NaN }],
    ['fractional offset', 'excerpts.update', { id: 'e-1', start: 1.5 }],
    ['negative offset', 'excerpts.update', { id: 'e-1', start: -1 }],
    ['unknown enum value', 'memos.save', { coderId: null, targetType: 'everything', targetId: null, title: 't', body: 'b' }],
    ['NUL in a path', 'project.open', { path: '/tmp/a\0.qualia' }],
  ])('refuses a %s with a validation error, before any service runs', async (_label, method, input) => {
    const { api, called } = spyApi();
    const env = await route(api, method, input);
    expect(env).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining(`${method}:`) } });
    expect(called()).toEqual([]);
  });

  it('drops unknown keys inside nested objects before the service sees them', async () => {
    const { api, spies } = spyApi();
    const env = await route(api, 'excerpts.create', { documentId: 'd', coderId: 'c', start: 0, end: 1, codes: [{ codeId: 'k', evil: true }] });
    expect(env.ok).toBe(true);
    expect(spies.get('excerpts.create')!.mock.calls).toEqual([[{ documentId: 'd', coderId: 'c', start: 0, end: 1, codes: [{ codeId: 'k' }] }]]);
  });
});
