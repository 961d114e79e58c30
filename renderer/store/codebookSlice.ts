// Codebook edits. Each is one undoable step on the server; afterwards the tree,
// its counts and the open document's excerpts are re-read (a merge or delete moves
// or removes codings).
import type { StateCreator } from 'zustand/vanilla';
import type { In } from '../../shared/api/contract';
import type { Code } from '../../shared/api/schemas';
import type { MoveTarget } from '../coding/codeTree';
import { attempt } from './errorSlice';
import type { Store } from './types';

export type CodeDraft = In<'codes.create'>;
export type CodePatch = Omit<In<'codes.update'>, 'id'>;

/** Text fields codes.list does not return (yet); what was saved this session is kept here. */
export interface CodeNotes {
  inclusion?: string;
  exclusion?: string;
  example?: string;
}

export interface CodebookSlice {
  codeNotes: Record<string, CodeNotes>;
  createCode(draft: CodeDraft): Promise<Code | undefined>;
  updateCode(id: string, patch: CodePatch): Promise<boolean>;
  moveCode(id: string, target: MoveTarget): Promise<boolean>;
  mergeCode(sourceId: string, targetId: string): Promise<number | undefined>;
  codeImpact(id: string): Promise<{ excerpts: number; descendants: number } | undefined>;
  deleteCode(id: string): Promise<boolean>;
}

const notesOf = (d: CodeNotes): CodeNotes =>
  Object.fromEntries(Object.entries({ inclusion: d.inclusion, exclusion: d.exclusion, example: d.example }).filter(([, v]) => v !== undefined));

export const createCodebookSlice: StateCreator<Store, [], [], CodebookSlice> = (set, get) => {
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);
  const remember = (id: string, notes: CodeNotes) => set((s) => ({ codeNotes: { ...s.codeNotes, [id]: { ...s.codeNotes[id], ...notes } } }));

  return {
    codeNotes: {},

    async createCode(draft) {
      const code = await attempt(get, () => call('codes.create', draft));
      if (!code) return undefined;
      remember(code.id, notesOf(draft));
      await get().afterEdit();
      return code;
    },

    async updateCode(id, patch) {
      const code = await attempt(get, () => call('codes.update', { id, ...patch }));
      if (!code) return false;
      remember(id, notesOf(patch));
      await get().afterEdit();
      return true;
    },

    async moveCode(id, target) {
      const codes = await attempt(get, () => call('codes.move', { id, ...target }));
      if (!codes) return false;
      set({ codes });
      await get().afterEdit();
      return true;
    },

    async mergeCode(sourceId, targetId) {
      const result = await attempt(get, () => call('codes.merge', { sourceId, targetId }));
      if (!result) return undefined;
      await get().afterEdit();
      return result.moved;
    },

    codeImpact(id) {
      return attempt(get, () => call('codes.impact', { id }));
    },

    async deleteCode(id) {
      const result = await attempt(get, () => call('codes.delete', { id }));
      if (!result) return false;
      await get().afterEdit();
      return true;
    },
  };
};
