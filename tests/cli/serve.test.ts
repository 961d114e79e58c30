import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../cli/serve/server';
import { createDemoProject } from '../../db/demo/load';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
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
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
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
