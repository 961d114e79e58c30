// Coding state follows what is open: a new project resets it and reads its settings;
// new coders pick an active coder; a new document, coder or blind setting re-reads
// the excerpts the viewer may see. Kept in one place so components never have to
// remember to trigger these loads.
import type { StoreApi } from 'zustand/vanilla';
import { chooseCoder, rememberedCoder } from '../coding/activeCoder';
import { isBlindHidden, noSettings } from '../coding/blind';
import type { Store } from './types';

const excerptsKey = (s: Store) => `${s.project?.id}|${s.document?.id}|${s.activeCoderId}|${isBlindHidden(s.projectSettings)}`;

export function watchCoding(api: StoreApi<Store>): void {
  // Keys rather than before/after comparisons: a set() made here notifies again
  // (nested), and the keys make every reaction happen exactly once.
  let loadedFor = '';
  let documentId: string | undefined;
  api.subscribe((s, prev) => {
    if (s.project?.id !== prev.project?.id) {
      api.setState({
        activeCoderId: null,
        projectSettings: noSettings,
        excerpts: [],
        excerptsNotice: null,
        selectedExcerptId: null,
        picker: null,
        undoState: { undo: null, redo: null },
        editNotice: null,
        memos: [],
        memosLoaded: false,
        searchOpen: false,
        searchHits: null,
        autocodePreview: null,
        autocodeResult: null,
        readerJump: null,
      });
      if (s.project) void api.getState().loadCodingState();
    }
    const now = api.getState();
    if (now.project && now.coders !== prev.coders) {
      const id = chooseCoder(now.coders, now.activeCoderId ?? rememberedCoder(now.project.id));
      if (id !== now.activeCoderId) api.setState({ activeCoderId: id });
    }
    const after = api.getState();
    if (after.document?.id !== documentId) {
      documentId = after.document?.id;
      if (after.selectedExcerptId || after.picker) api.setState({ selectedExcerptId: null, picker: null });
    }
    const key = excerptsKey(api.getState());
    if (key !== loadedFor) {
      loadedFor = key;
      void api.getState().loadExcerpts();
    }
  });
}
