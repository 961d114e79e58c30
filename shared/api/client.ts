// The client side of the contract, shared by the renderer and tests: one `call`
// that either resolves with the method's output or throws an ApiError.
import type { In, Method, Out } from './contract';
import { ApiError, type Envelope } from './envelope';

export interface ApiClient {
  call<M extends Method>(method: M, input: In<M>): Promise<Out<M>>;
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/** A client over any transport that moves (method, input) → envelope. */
export function clientFrom(transport: (method: string, input: unknown) => Promise<Envelope>): ApiClient {
  return {
    async call(method, input) {
      return unwrap(await transport(method, input)) as never;
    },
  };
}
