// Components read the store through context rather than a module singleton, so
// each test (and each window) gets its own store and client.
import { createContext, type ReactNode, useContext } from 'react';
import { useStore as useZustandStore } from 'zustand';
import type { AppStore } from './createStore';
import type { Store } from './types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside <StoreProvider>');
  return store;
}

/** Select a slice of state; return primitives or stable references (zustand compares with Object.is). */
export function useStore<T>(selector: (state: Store) => T): T {
  return useZustandStore(useStoreApi(), selector);
}
