// Undo and redo. The server keeps the log and names every step; the client shows
// the next step's name and, after an undo or redo, re-reads whatever it may touch.
import type { StateCreator } from 'zustand/vanilla';
import type { UndoState } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export interface EditSlice {
  undoState: UndoState;
  /** What the last undo or redo did ("Undid apply 'Mentoring' to 3 words"), shown briefly. */
  editNotice: string | null;
  refreshEditState(): Promise<void>;
  /** Re-read what any edit may have changed: undo state, codes and counts, excerpts, memos. */
  afterEdit(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export const createEditSlice: StateCreator<Store, [], [], EditSlice> = (set, get) => {
  let busy = false;
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);

  async function refreshCounts(): Promise<void> {
    const before = get().project;
    const project = await call('project.current', {});
    if (project && before && project.id === before.id) set({ project });
  }

  async function step(kind: 'undo' | 'redo'): Promise<void> {
    if (busy || !get().project) return;
    if (!(kind === 'undo' ? get().undoState.undo : get().undoState.redo)) return;
    busy = true;
    try {
      const result = await attempt(get, () => call(kind === 'undo' ? 'edit.undo' : 'edit.redo', {}));
      if (!result) return;
      const label = 'undone' in result ? result.undone : result.redone;
      set({ undoState: { undo: result.undo, redo: result.redo } });
      // Any kind of edit can come back: coders and settings too.
      await attempt(get, async () => {
        const [coders, settings] = await Promise.all([call('coders.list', {}), call('project.settings', {})]);
        set({ coders, projectSettings: settings });
      });
      await get().afterEdit();
      // A merged copy may have brought documents and cases; undoing it takes them away again.
      if (label.startsWith('merge ')) await get().refreshProjectLists();
      set({ editNotice: `${kind === 'undo' ? 'Undid' : 'Redid'}: ${label}` });
    } finally {
      busy = false;
    }
  }

  return {
    undoState: { undo: null, redo: null },
    editNotice: null,

    async refreshEditState() {
      const undoState = await attempt(get, () => call('edit.state', {}));
      if (undoState) set({ undoState });
    },

    async afterEdit() {
      if (!get().project) return;
      set({ editNotice: null });
      await attempt(get, async () => {
        const [undoState, codes] = await Promise.all([call('edit.state', {}), call('codes.list', { viewerCoderId: get().activeCoderId }), refreshCounts()]);
        set({ undoState, codes });
      });
      await Promise.all([get().loadExcerpts(), get().memosLoaded ? get().loadMemos() : null]);
    },

    undo: () => step('undo'),
    redo: () => step('redo'),
  };
};
