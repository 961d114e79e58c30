// Who may talk to the browser host: only pages from this very server (Host and
// Origin must name 127.0.0.1/localhost on our port — defeats DNS rebinding and
// cross-site requests) and, for the API, only holders of the per-launch token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-qualia-token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function checkOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host)) return { ok: false, status: 403, message: `foreign Host header "${host}"` };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let originHost = '';
    try {
      const u = new URL(origin);
      // A browser's Origin is exactly scheme://host:port; anything more (user info, a path) is forged.
      originHost = u.protocol === 'http:' && u.origin === origin ? u.host : '';
    } catch {
      // unparsable (including "null" from sandboxed frames): foreign
    }
    if (!hosts.has(originHost)) return { ok: false, status: 403, message: `foreign Origin "${origin}"` };
  }
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): Verdict {
  const given = req.headers[TOKEN_HEADER];
  const auth = req.headers.authorization;
  const candidate = typeof given === 'string' ? given : auth?.startsWith('Bearer ') ? auth.slice(7) : '';
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
  return { ok: false, status: 401, message: candidate ? 'wrong access token' : 'missing access token' };
}
