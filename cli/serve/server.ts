// The browser host: the built renderer plus the API contract over HTTP, bound to
// loopback only. One POST /api/<method> per contract method, JSON in, envelope out.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api/envelope';
import type { Workspace } from '../../db/workspace';
import { checkOrigin, checkToken } from './guard';
import { CONTENT_SECURITY_POLICY, readStatic } from './static';

/** Largest API request body; bigger imports go through `qualia import`. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ServeOptions {
  workspace: Workspace;
  /** Folder holding the built renderer (index.html). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Request body limit (tests lower it). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

// On every response, errors included: a JSON error opened as a page must not run anything either.
const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

/** The body, refused (TooLarge) as soon as its declared or received size passes the limit. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(req.headers['content-length']) > maxBytes) return Promise.reject(new TooLarge());
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      if (refused) return;
      size += c.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(new TooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = opts.port ?? 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const origin = checkOrigin(req, port);
    if (!origin.ok) return sendJson(res, origin.status, { ok: false, error: { code: 'forbidden', message: origin.message } });
    const url = req.url ?? '/';

    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendJson(res, 405, { ok: false, error: { code: 'bad_input', message: 'API calls use POST' } });
      }
      const auth = checkToken(req, token);
      if (!auth.ok) return sendJson(res, auth.status, { ok: false, error: { code: 'unauthorized', message: auth.message } });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, { ok: false, error: { code: 'bad_input', message: 'send JSON (content-type: application/json)' } });
      }
      let method: string;
      try {
        method = decodeURIComponent(url.slice('/api/'.length).split('?')[0]!);
      } catch {
        return sendJson(res, 404, { ok: false, error: { code: 'unknown_method', message: 'malformed method name in the URL' } });
      }
      let input: unknown;
      try {
        const raw = await readBody(req, maxBody);
        input = raw ? JSON.parse(raw) : {};
      } catch (err) {
        if (err instanceof TooLarge) {
          // Stop reading: answer, then close the connection rather than drain the rest.
          res.setHeader('connection', 'close');
          return sendJson(res, 413, {
            ok: false,
            error: { code: 'bad_input', message: `request too large: the browser host takes up to ${mb(maxBody)} per call; import bigger files with \`qualia import\`` },
          });
        }
        return sendJson(res, 400, { ok: false, error: { code: 'bad_input', message: `unreadable request: ${(err as Error).message}` } });
      }
      const envelope = await dispatch(opts.workspace.api, method, input);
      const status = envelope.ok ? 200 : envelope.error.code === 'unknown_method' ? 404 : 200;
      return sendJson(res, status, envelope);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { ok: false, error: { code: 'bad_input', message: 'only GET for pages' } });
    }
    const file = await readStatic(opts.staticDir, url);
    if (!file) {
      res.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('not found');
    }
    res.writeHead(200, { ...securityHeaders, 'content-type': file.type, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: (err as Error).message } });
      } else res.end();
    });
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} is already in use; try --port 0` : err.message));
    });
    // Loopback only: interview data never leaves the machine.
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/#token=${token}`;
      resolveStart({
        server,
        port,
        token,
        url,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
