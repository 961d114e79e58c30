// Memos on the project, documents, codes and excerpts. Excerpt memos live on the
// excerpt itself (excerpts.update); memos.list returns them too so one search finds all.
import type { StateCreator } from 'zustand/vanilla';
import type { In } from '../../shared/api/contract';
import type { Memo } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export type MemoFilter = In<'memos.list'>;
export type MemoDraft = Omit<In<'memos.save'>, 'coderId'>;

export interface MemosSlice {
  memos: Memo[];
  memosQuery: string;
  /** The memos panel has been opened: edits re-read the list. */
  memosLoaded: boolean;
  loadMemos(query?: string): Promise<void>;
  fetchMemos(filter: MemoFilter): Promise<Memo[]>;
  saveMemo(draft: MemoDraft): Promise<Memo | undefined>;
  deleteMemo(id: string): Promise<void>;
}

export const createMemosSlice: StateCreator<Store, [], [], MemosSlice> = (set, get) => {
  let generation = 0;
  return {
    memos: [],
    memosQuery: '',
    memosLoaded: false,

    async loadMemos(query = get().memosQuery) {
      const mine = ++generation;
      set({ memosQuery: query, memosLoaded: true });
      const q = query.trim();
      const memos = await attempt(get, () => get().client.call('memos.list', q ? { query: q } : {}));
      if (memos && mine === generation) set({ memos });
    },

    async fetchMemos(filter) {
      return (await attempt(get, () => get().client.call('memos.list', filter))) ?? [];
    },

    async saveMemo(draft) {
      // The author is whoever is coding now; an edit keeps the original author on the server.
      const memo = await attempt(get, () => get().client.call('memos.save', { ...draft, coderId: get().activeCoderId }));
      if (memo) await get().afterEdit();
      return memo;
    },

    async deleteMemo(id) {
      if ((await attempt(get, () => get().client.call('memos.delete', { id }))) !== undefined) await get().afterEdit();
    },
  };
};
