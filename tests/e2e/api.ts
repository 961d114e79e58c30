// The running host's HTTP API, called with the session's token as the page does.
export type CallApi = (method: string, input: unknown) => Promise<unknown>;

export function apiOf(url: string): CallApi {
  const { origin, hash } = new URL(url);
  const token = /token=([^&]+)/.exec(hash)![1]!;
  return async (method, input) => {
    const res = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qualia-token': token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: true; value: unknown } | { ok: false; error: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
}
