// Full-text search across documents, jumping to a hit, and auto-coding the hits.
// Search errors (a bad regular expression) stay in the panel, not the global banner.
import type { StateCreator } from 'zustand/vanilla';
import type { In, Out } from '../../shared/api/contract';
import type { SearchHit } from '../../shared/api/schemas';
import { attempt, errorMessage } from './errorSlice';
import type { Store } from './types';

export type SearchMode = NonNullable<In<'search.text'>['mode']>;
export type Extent = In<'autocode.preview'>['extent'];
export type Passage = Out<'autocode.preview'>[number];

export interface JumpTarget {
  documentId: string;
  start: number;
  end: number;
  /** Bumped on every jump so jumping to the same hit twice scrolls again. */
  seq: number;
}

export interface SearchSlice {
  searchOpen: boolean;
  searchQuery: string;
  searchMode: SearchMode;
  searchHits: SearchHit[] | null;
  searchError: string | null;
  searching: boolean;
  readerJump: JumpTarget | null;
  autocodePreview: Passage[] | null;
  autocodeResult: number | null;
  openSearch(): void;
  closeSearch(): void;
  setSearchQuery(query: string): void;
  setSearchMode(mode: SearchMode): void;
  runSearch(): Promise<void>;
  jumpTo(hit: { documentId: string; start: number; end: number }): Promise<void>;
  previewAutocode(extent: Extent): Promise<void>;
  applyAutocode(opts: { extent: Extent; codeId: string; weight: number | null }): Promise<void>;
}

const LIMIT = 500;

export const createSearchSlice: StateCreator<Store, [], [], SearchSlice> = (set, get) => {
  let generation = 0;
  const query = () => ({ query: get().searchQuery.trim(), mode: get().searchMode, limit: LIMIT });
  const stale = { searchHits: null, searchError: null, autocodePreview: null, autocodeResult: null };

  return {
    searchOpen: false,
    searchQuery: '',
    searchMode: 'words',
    searchHits: null,
    searchError: null,
    searching: false,
    readerJump: null,
    autocodePreview: null,
    autocodeResult: null,

    openSearch() {
      set({ searchOpen: true });
    },
    closeSearch() {
      set({ searchOpen: false });
    },
    setSearchQuery(searchQuery) {
      set({ searchQuery });
    },
    setSearchMode(searchMode) {
      set({ searchMode, ...stale });
    },

    async runSearch() {
      const q = query();
      if (!q.query) return set({ ...stale, searchOpen: true });
      const mine = ++generation;
      set({ ...stale, searchOpen: true, searching: true });
      try {
        const hits = await get().client.call('search.text', q);
        if (mine === generation) set({ searchHits: hits, searching: false });
      } catch (err) {
        if (mine === generation) set({ searchError: errorMessage(err), searching: false });
      }
    },

    async jumpTo({ documentId, start, end }) {
      set({ readerJump: { documentId, start, end, seq: (get().readerJump?.seq ?? 0) + 1 } });
      if (get().document?.id !== documentId || get().selectedDocumentId !== documentId) await get().selectDocument(documentId);
    },

    async previewAutocode(extent) {
      const q = query();
      if (!q.query) return;
      set({ autocodePreview: null, autocodeResult: null, searchError: null });
      try {
        set({ autocodePreview: await get().client.call('autocode.preview', { ...q, extent }) });
      } catch (err) {
        set({ searchError: errorMessage(err) });
      }
    },

    async applyAutocode({ extent, codeId, weight }) {
      const q = query();
      const coderId = get().activeCoderId;
      if (!q.query || !coderId) return;
      const result = await attempt(get, () => get().client.call('autocode.apply', { ...q, extent, codeId, coderId, weight }));
      if (!result) return;
      set({ autocodeResult: result.created, autocodePreview: null });
      await get().afterEdit();
    },
  };
};
