import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../cli/serve/server';
import { createDemoProject } from '../../db/demo/load';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { methods } from '../../shared/api/contract';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
let running: RunningServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: Object.fromEntries(Object.entries({ host: `127.0.0.1:${port}`, ...opts.headers }).filter(([, v]) => v !== '')),
        // An empty host header means: send none at all.
        setHost: opts.headers?.host !== '',
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function serveDemo(): Promise<RunningServer> {
  const dir = tempDir();
  const path = join(dir, 'demo.qualia');
  createDemoProject(path).close();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Qualia</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');
  const workspace = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });
  workspace.openPath(path);
  running = await startServer({ workspace, staticDir });
  return running;
}

const api = (s: RunningServer, method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(s.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-qualia-token': s.token, ...headers },
    body: JSON.stringify(body),
  });

describe('qualia serve (browser host)', () => {
  it('listens on loopback only and prints a URL carrying the token', async () => {
    const s = await serveDemo();
    expect((s.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/#token=${s.token}`);
    expect(s.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const s = await serveDemo();
    const reply = await api(s, 'documents.list', {});
    expect(reply.status).toBe(200);
    const env = JSON.parse(reply.body) as { ok: boolean; value: { name: string }[] };
    expect(env.ok).toBe(true);
    expect(env.value).toHaveLength(6);
    // Bearer form works too, for scripts.
    const bearer = await send(s.port, { method: 'POST', path: '/api/project.current', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: '{}' });
    expect(JSON.parse(bearer.body)).toMatchObject({ ok: true, value: { counts: { documents: 6 } } });
  });

  it('refuses a call without the token, or with a wrong one (401)', async () => {
    const s = await serveDemo();
    const missing = await send(s.port, { method: 'POST', path: '/api/documents.list', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await api(s, 'documents.list', {}, { 'x-qualia-token': 'x'.repeat(s.token.length) });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Origin or Host (403), even with the token', async () => {
    const s = await serveDemo();
    expect((await api(s, 'documents.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(s, 'documents.list', {}, { origin: 'null' })).status).toBe(403);
    expect((await api(s, 'documents.list', {}, { origin: `http://127.0.0.1:${s.port + 1}` })).status).toBe(403);
    expect((await api(s, 'documents.list', {}, { host: `evil.example:${s.port}` })).status).toBe(403);
    expect((await send(s.port, { path: '/', headers: { host: 'rebind.example' } })).status).toBe(403);
    // Our own origin is fine.
    expect((await api(s, 'documents.list', {}, { origin: `http://127.0.0.1:${s.port}` })).status).toBe(200);
    expect((await api(s, 'documents.list', {}, { origin: `http://localhost:${s.port}`, host: `localhost:${s.port}` })).status).toBe(200);
  });

  it('validates arguments with the contract and reports unknown methods', async () => {
    const s = await serveDemo();
    expect(JSON.parse((await api(s, 'documents.get', { id: 7 })).body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect((await api(s, 'nope', {})).status).toBe(404);
    const notJson = await send(s.port, { method: 'POST', path: '/api/documents.list', headers: { 'content-type': 'application/json', 'x-qualia-token': s.token }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await send(s.port, { path: '/api/documents.list', headers: { 'x-qualia-token': s.token } })).status).toBe(405);
  });

  it('serves the app with a strict CSP and nothing outside its folder', async () => {
    const s = await serveDemo();
    const page = await send(s.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Qualia</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js']) {
      const r = await send(s.port, { path });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside the static folder');
    }
  });
});

describe('qualia serve refuses, one refusal per test', () => {
  async function serveSmall(maxBodyBytes: number): Promise<RunningServer> {
    const s = await serveDemo();
    await s.close();
    const dir = tempDir();
    const staticDir = join(dir, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Qualia</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    const path = join(dir, 'demo.qualia');
    createDemoProject(path).close();
    const workspace = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore() });
    workspace.openPath(path);
    running = await startServer({ workspace, staticDir, maxBodyBytes });
    return running;
  }

  it('413: a body larger than the limit, as declared by Content-Length, before reading it', async () => {
    const s = await serveSmall(1024);
    const reply = await send(s.port, {
      method: 'POST',
      path: '/api/documents.import',
      headers: { 'content-type': 'application/json', 'x-qualia-token': s.token, 'content-length': String(100 * 1024 * 1024) },
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('qualia import') } });
  });

  it('413: a chunked body that grows past the limit while it is read', async () => {
    const s = await serveSmall(1024);
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: s.port, method: 'POST', path: '/api/documents.import', headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-qualia-token': s.token, 'transfer-encoding': 'chunked' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write(`{"files":[{"fileName":"a.txt","data":"${'A'.repeat(600)}`);
      req.end(`${'A'.repeat(600)}"}]}`);
    });
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
  });

  it('accepts a body just under the limit (the limit is not a blanket refusal)', async () => {
    const s = await serveSmall(1024);
    expect((await api(s, 'documents.list', {})).status).toBe(200);
  });

  it('404, not a listing: a folder of the app, with or without its slash', async () => {
    const s = await serveSmall(1024);
    for (const path of ['/assets/', '/assets', '/assets/.', '/./assets/']) {
      const r = await send(s.port, { path });
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('app.js');
    }
    expect((await send(s.port, { path: '/assets/app.js' })).status).toBe(200);
  });

  it('sends the CSP and the other security headers on every response, errors included', async () => {
    const s = await serveDemo();
    const replies = [
      await send(s.port, { path: '/' }),
      await send(s.port, { path: '/missing.js' }),
      await send(s.port, { path: '/', headers: { host: 'evil.example' } }),
      await send(s.port, { method: 'DELETE', path: '/' }),
      await send(s.port, { method: 'POST', path: '/api/documents.list', headers: { 'content-type': 'application/json' }, body: '{}' }),
      await api(s, 'documents.list', {}),
      await api(s, 'nope', {}),
    ];
    for (const r of replies) {
      expect(r.headers['content-security-policy'], String(r.status)).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      // No CORS: other origins' pages may not read anything.
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('binds 127.0.0.1 only, and `qualia serve` has no option to bind anything else', async () => {
    const s = await serveDemo();
    expect((s.server.address() as { address: string; family: string }).address).toBe('127.0.0.1');
    const r = spawnSync(process.execPath, ['bin/qualia.js', 'serve', 'x.qualia', '--host', '0.0.0.0'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown option '--host'/);
  });

  it('401: every API method, known or not, without the token', async () => {
    const s = await serveDemo();
    for (const method of [...methods, 'nope', '__proto__']) {
      const r = await send(s.port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(r.status, method).toBe(401);
    }
  });

  it('401: a token from another launch', async () => {
    const a = await serveDemo();
    const other = a.token;
    await a.close();
    const b = await serveDemo();
    expect(b.token).not.toBe(other);
    expect((await api(b, 'documents.list', {}, { 'x-qualia-token': other })).status).toBe(401);
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('405: %s on the API', async (method) => {
    const s = await serveDemo();
    const r = await send(s.port, { method, path: '/api/documents.list', headers: { 'x-qualia-token': s.token } });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('405: %s on a page', async (method) => {
    const s = await serveDemo();
    const r = await send(s.port, { method, path: '/index.html' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('415: an API call that is not JSON (a cross-site form post)', async () => {
    const s = await serveDemo();
    const r = await send(s.port, { method: 'POST', path: '/api/documents.list', headers: { 'content-type': 'text/plain', 'x-qualia-token': s.token }, body: '{}' });
    expect(r.status).toBe(415);
  });

  it.each([
    ['Host without the port', { host: '127.0.0.1' }],
    ['Host on another port', { host: '127.0.0.1:1' }],
    ['IPv6 loopback Host', { host: '[::1]' }],
    ['a rebinding name', { host: 'qualia.attacker.example' }],
  ])('403: %s', async (_label, headers) => {
    const s = await serveDemo();
    expect((await send(s.port, { path: '/', headers })).status).toBe(403);
  });

  it('400: no Host header at all (Node refuses it before Qualia sees it)', async () => {
    const s = await serveDemo();
    expect((await send(s.port, { path: '/', headers: { host: '' } })).status).toBe(400);
  });

  it.each([
    ['an https Origin with our host', (p: number) => `https://127.0.0.1:${p}`],
    ['a look-alike Origin', (p: number) => `http://127.0.0.1:${p}.evil.example`],
    ['an Origin with credentials', (p: number) => `http://user@127.0.0.1:${p}`],
    ['a file: Origin', () => 'file://'],
  ])('403: %s', async (_label, origin) => {
    const s = await serveDemo();
    expect((await api(s, 'documents.list', {}, { origin: origin(s.port) })).status).toBe(403);
  });

  it('404 with a clear message, not a crash: a malformed method name in the URL', async () => {
    const s = await serveDemo();
    const r = await send(s.port, { method: 'POST', path: '/api/%E0%A4%A', headers: { 'content-type': 'application/json', 'x-qualia-token': s.token }, body: '{}' });
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
