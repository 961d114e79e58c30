// The desktop host's only IPC door, as a plain function of (sender, method, input)
// so it is tested without Electron: calls from any frame but our own page's main
// frame are refused, and everything else goes through the contract's dispatch,
// which validates the input with its zod schema before any service runs.
import type { Api } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { type Envelope, fail } from '../shared/api/envelope';
import { isTrustedSender } from './windowOptions';

export interface IpcSender {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for iframes: only the top-level page may call. */
  isMainFrame: boolean;
}

export async function routeInvoke(api: Api, rendererUrl: string, sender: IpcSender | null, method: unknown, input: unknown): Promise<Envelope> {
  if (!sender || !sender.isMainFrame || !isTrustedSender(sender.url, rendererUrl)) return fail('forbidden', 'call from an unknown page');
  if (typeof method !== 'string') return fail('bad_input', 'method must be a string');
  return dispatch(api, method, input);
}
