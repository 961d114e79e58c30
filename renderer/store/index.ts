export { createStore, type AppStore } from './createStore';
export { StoreProvider, useStore, useStoreApi } from './context';
export type { Store } from './types';
