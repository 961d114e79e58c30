// One place where failures become words on screen. Actions never throw into React:
// they run through `attempt`, which turns any rejection into the banner's message.
import type { StateCreator } from 'zustand/vanilla';
import { ApiError } from '../../shared/api/envelope';
import type { Store } from './types';

export interface ErrorSlice {
  /** Message shown in the error banner, or null when there is nothing to report. */
  error: string | null;
  reportError(err: unknown): void;
  dismissError(): void;
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  // A transport failure (server gone, IPC torn down) is not an ApiError but still
  // deserves a readable sentence rather than a stack trace.
  if (err instanceof Error) return `Qualia could not complete the request: ${err.message}`;
  return String(err);
}

export const createErrorSlice: StateCreator<Store, [], [], ErrorSlice> = (set) => ({
  error: null,
  reportError(err) {
    set({ error: errorMessage(err) });
  },
  dismissError() {
    set({ error: null });
  },
});

/** Run an action's body; on failure report it and resolve with undefined. */
export async function attempt<T>(get: () => Store, body: () => Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (err) {
    get().reportError(err);
    return undefined;
  }
}
