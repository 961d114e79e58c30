// The two ways the renderer reaches the core: Electron's preload bridge, or the
// browser host's loopback HTTP API with its per-launch token.
import { type ApiClient, clientFrom } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/envelope';

/** What electron/preload.ts exposes on `window.qualia`. */
export interface QualiaBridge {
  invoke(method: string, input: unknown): Promise<Envelope>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    qualia?: QualiaBridge;
  }
}

export function ipcClient(bridge: QualiaBridge): ApiClient {
  return clientFrom((method, input) => bridge.invoke(method, input));
}

export const TOKEN_HEADER = 'x-qualia-token';

export function httpClient(token: string, base = ''): ApiClient {
  return clientFrom(async (method, input) => {
    const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
    try {
      return (await res.json()) as Envelope;
    } catch {
      return { ok: false, error: { code: 'internal', message: `server answered ${res.status} without a result` } };
    }
  });
}

/**
 * The token arrives in the URL fragment (never sent to the server in a request
 * line or logged), is kept for this tab's session, and removed from the address bar.
 */
export function takeToken(loc: Location = window.location, store: Storage = window.sessionStorage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    store.setItem('qualia.token', token);
    window.history.replaceState(null, '', loc.pathname + loc.search);
    return token;
  }
  return store.getItem('qualia.token');
}

/** Pick the transport for the host we are running in. */
export function createClient(): ApiClient | null {
  if (window.qualia) return ipcClient(window.qualia);
  const token = takeToken();
  return token ? httpClient(token) : null;
}
