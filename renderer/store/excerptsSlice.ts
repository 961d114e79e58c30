// The open document's excerpts as the active coder may see them, the selected
// excerpt, the code picker over a pending range, and every excerpt edit.
import type { StateCreator } from 'zustand/vanilla';
import { ApiError } from '../../shared/api/envelope';
import type { Excerpt } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface PickerState {
  range: Span;
  /** Where the picker opens: x, and the top and bottom of what it must not cover (the selection, or the button that opened it). */
  anchor: { x: number; y: number; top?: number };
  /** Add codes to this excerpt instead of creating one. */
  excerptId: string | null;
}

export interface CodeChoice {
  codeId: string;
  weight: number | null;
}

export interface ExcerptsSlice {
  excerpts: Excerpt[];
  /** Why no excerpts are shown (blind mode without a coder), or null. */
  excerptsNotice: string | null;
  selectedExcerptId: string | null;
  picker: PickerState | null;
  snapToWords: boolean;
  loadExcerpts(): Promise<void>;
  selectExcerpt(id: string | null): void;
  openPicker(picker: PickerState): void;
  closePicker(): void;
  setSnapToWords(on: boolean): void;
  /** Apply codes to the picker's range (a new excerpt) or to its excerpt. */
  applyCodes(codes: CodeChoice[]): Promise<boolean>;
  setExcerptCode(id: string, codeId: string, weight: number | null): Promise<void>;
  removeExcerptCode(id: string, codeId: string): Promise<void>;
  updateExcerpt(id: string, patch: { start?: number; end?: number; memo?: string }): Promise<boolean>;
  deleteExcerpt(id: string): Promise<void>;
}

export const createExcerptsSlice: StateCreator<Store, [], [], ExcerptsSlice> = (set, get) => {
  let generation = 0;
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);

  return {
    excerpts: [],
    excerptsNotice: null,
    selectedExcerptId: null,
    picker: null,
    snapToWords: true,

    async loadExcerpts() {
      const mine = ++generation;
      const { document, activeCoderId } = get();
      if (!document) return set({ excerpts: [], excerptsNotice: null });
      try {
        const excerpts = await call('excerpts.list', { documentId: document.id, viewerCoderId: activeCoderId });
        if (mine !== generation) return;
        const selected = get().selectedExcerptId;
        set({
          excerpts,
          excerptsNotice: null,
          ...(selected && !excerpts.some((e) => e.id === selected) ? { selectedExcerptId: null } : {}),
        });
      } catch (err) {
        if (mine !== generation) return;
        if (err instanceof ApiError && err.code === 'forbidden') return set({ excerpts: [], excerptsNotice: err.message, selectedExcerptId: null });
        get().reportError(err);
      }
    },

    selectExcerpt(id) {
      set({ selectedExcerptId: id, picker: null });
    },

    openPicker(picker) {
      set({ picker });
    },

    closePicker() {
      set({ picker: null });
    },

    setSnapToWords(on) {
      set({ snapToWords: on });
    },

    async applyCodes(codes) {
      const { picker, document, activeCoderId } = get();
      if (!picker || !document || codes.length === 0) return false;
      if (picker.excerptId) {
        const id = picker.excerptId;
        set({ picker: null });
        for (const c of codes) await attempt(get, () => call('excerpts.setCode', { id, codeId: c.codeId, weight: c.weight }));
        await get().afterEdit();
        return true;
      }
      if (!activeCoderId) {
        get().reportError(new ApiError('bad_input', 'Add a coder (top bar) before coding.'));
        return false;
      }
      const created = await attempt(get, () =>
        call('excerpts.create', { documentId: document.id, coderId: activeCoderId, ...picker.range, codes }),
      );
      if (!created) return false;
      set({ picker: null, selectedExcerptId: created.id, excerpts: [...get().excerpts, created] });
      await get().afterEdit();
      return true;
    },

    async setExcerptCode(id, codeId, weight) {
      if (await attempt(get, () => call('excerpts.setCode', { id, codeId, weight }))) await get().afterEdit();
    },

    async removeExcerptCode(id, codeId) {
      const kept = await attempt(get, () => call('excerpts.removeCode', { id, codeId }));
      if (kept === undefined) return;
      if (kept === null) set({ selectedExcerptId: null });
      await get().afterEdit();
    },

    async updateExcerpt(id, patch) {
      const updated = await attempt(get, () => call('excerpts.update', { id, ...patch }));
      if (!updated) return false;
      set({ excerpts: get().excerpts.map((e) => (e.id === id ? updated : e)) });
      await get().afterEdit();
      return true;
    },

    async deleteExcerpt(id) {
      if ((await attempt(get, () => call('excerpts.delete', { id }))) === undefined) return;
      set({ selectedExcerptId: null, excerpts: get().excerpts.filter((e) => e.id !== id) });
      await get().afterEdit();
    },
  };
};
