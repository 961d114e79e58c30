// Who is coding and whether coders see each other's work. The active coder is
// remembered per project in this browser; blind mode is a project setting that
// only its owner changes.
import type { StateCreator } from 'zustand/vanilla';
import type { Coder, ProjectSettings } from '../../shared/api/schemas';
import { rememberCoder } from '../coding/activeCoder';
import { noSettings } from '../coding/blind';
import { watchCoding } from './codingSync';
import { attempt } from './errorSlice';
import type { Store } from './types';

export interface CoderSlice {
  activeCoderId: string | null;
  projectSettings: ProjectSettings;
  setActiveCoder(id: string): void;
  /** Adds a person coder and makes them the active coder. */
  addCoder(name: string): Promise<Coder | undefined>;
  updateSettings(patch: Partial<ProjectSettings>): Promise<void>;
  /** Project settings and the undo state, read when a project opens. */
  loadCodingState(): Promise<void>;
}

export const createCoderSlice: StateCreator<Store, [], [], CoderSlice> = (set, get, api) => {
  watchCoding(api);
  return {
    activeCoderId: null,
    projectSettings: noSettings,

    setActiveCoder(id) {
      const project = get().project;
      if (!project || !get().coders.some((c) => c.id === id)) return;
      rememberCoder(project.id, id);
      set({ activeCoderId: id, selectedExcerptId: null, picker: null });
      // In blind mode the code counts are the viewer's own.
      void attempt(get, async () => set({ codes: await get().client.call('codes.list', { viewerCoderId: id }) }));
    },

    async addCoder(name) {
      const coder = await attempt(get, () => get().client.call('coders.add', { name }));
      if (!coder) return undefined;
      const coders = await attempt(get, () => get().client.call('coders.list', {}));
      set({ coders: coders ?? [...get().coders, coder] });
      get().setActiveCoder(coder.id);
      await get().afterEdit();
      return coder;
    },

    async updateSettings(patch) {
      const settings = await attempt(get, () => get().client.call('project.updateSettings', { ...patch, byCoderId: get().activeCoderId }));
      if (!settings) return;
      set({ projectSettings: settings });
      await get().afterEdit();
    },

    async loadCodingState() {
      const project = get().project;
      await attempt(get, async () => {
        const [settings, undoState] = await Promise.all([
          get().client.call('project.settings', {}),
          get().client.call('edit.state', {}),
        ]);
        if (get().project?.id === project?.id) set({ projectSettings: settings, undoState });
      });
    },
  };
};
