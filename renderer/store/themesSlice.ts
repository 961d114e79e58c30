// Themes: named groups of codes, the selected theme's excerpts in one layer
// (coders' or consensus), its starred quotes and its analytic write-up (a memo).
import type { StateCreator } from 'zustand/vanilla';
import type { Memo, Theme, ThemeExcerpt } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export type Layer = 'coder' | 'consensus';

export interface ThemesSlice {
  themes: Theme[];
  themesLoaded: boolean;
  selectedThemeId: string | null;
  themeLayer: Layer;
  /** The selected theme's excerpts in `themeLayer`. */
  themeExcerpts: ThemeExcerpt[];
  themeExcerptsLoading: boolean;
  /** The selected theme's write-up, or null before one is saved. */
  themeMemo: Memo | null;
  loadThemes(): Promise<void>;
  selectTheme(id: string | null): Promise<void>;
  setThemeLayer(layer: Layer): Promise<void>;
  /** Resolves with the new theme, or undefined when refused (the banner says why). */
  createTheme(input: { name: string; description?: string; codeIds?: string[] }): Promise<Theme | undefined>;
  updateTheme(id: string, patch: { name?: string; description?: string }): Promise<boolean>;
  deleteTheme(id: string): Promise<void>;
  addThemeCode(id: string, codeId: string): Promise<void>;
  removeThemeCode(id: string, codeId: string): Promise<void>;
  starQuote(excerptId: string, starred: boolean): Promise<void>;
  saveThemeMemo(body: string): Promise<boolean>;
}

export const createThemesSlice: StateCreator<Store, [], [], ThemesSlice> = (set, get) => {
  // Only the latest load of each kind may write: the user clicks between themes quickly.
  let listGeneration = 0;
  let detailGeneration = 0;

  // Every theme edit is undoable: let the top bar name it.
  const edited = () => void get().refreshEditState();

  function adopt(theme: Theme): void {
    set((s) => ({ themes: s.themes.some((t) => t.id === theme.id) ? s.themes.map((t) => (t.id === theme.id ? theme : t)) : [...s.themes, theme] }));
  }

  async function loadDetail(): Promise<void> {
    const mine = ++detailGeneration;
    const id = get().selectedThemeId;
    if (!id) return set({ themeExcerpts: [], themeMemo: null, themeExcerptsLoading: false });
    set({ themeExcerptsLoading: true });
    const result = await attempt(get, async () => {
      const { client } = get();
      const [excerpts, memos] = await Promise.all([
        client.call('themes.excerpts', { id, layer: get().themeLayer }),
        client.call('memos.list', { targetType: 'theme', targetId: id }),
      ]);
      return { excerpts, memo: memos[0] ?? null };
    });
    if (mine !== detailGeneration) return;
    set({ themeExcerpts: result?.excerpts ?? [], themeMemo: result?.memo ?? null, themeExcerptsLoading: false });
  }

  // Adding or removing a code changes which excerpts the selected theme holds.
  async function refreshIfSelected(theme: Theme): Promise<void> {
    adopt(theme);
    edited();
    if (get().selectedThemeId === theme.id) await loadDetail();
  }

  return {
    themes: [],
    themesLoaded: false,
    selectedThemeId: null,
    themeLayer: 'coder',
    themeExcerpts: [],
    themeExcerptsLoading: false,
    themeMemo: null,

    async loadThemes() {
      const mine = ++listGeneration;
      const themes = await attempt(get, () => get().client.call('themes.list', {}));
      if (mine !== listGeneration || !themes) return;
      const selected = get().selectedThemeId;
      const stillThere = selected !== null && themes.some((t) => t.id === selected);
      set({ themes, themesLoaded: true, ...(stillThere ? {} : { selectedThemeId: null, themeExcerpts: [], themeMemo: null }) });
      if (stillThere) await loadDetail();
    },

    async selectTheme(id) {
      if (id === get().selectedThemeId) return;
      set({ selectedThemeId: id, themeExcerpts: [], themeMemo: null });
      await loadDetail();
    },

    async setThemeLayer(layer) {
      if (layer === get().themeLayer) return;
      set({ themeLayer: layer });
      await loadDetail();
    },

    async createTheme(input) {
      const theme = await attempt(get, () => get().client.call('themes.create', input));
      if (theme) {
        adopt(theme);
        edited();
      }
      return theme;
    },

    async updateTheme(id, patch) {
      const theme = await attempt(get, () => get().client.call('themes.update', { id, ...patch }));
      if (theme) {
        adopt(theme);
        edited();
      }
      return theme !== undefined;
    },

    async deleteTheme(id) {
      const done = await attempt(get, () => get().client.call('themes.delete', { id }));
      if (done === undefined) return;
      edited();
      set((s) => ({ themes: s.themes.filter((t) => t.id !== id) }));
      if (get().selectedThemeId === id) await get().selectTheme(null);
    },

    async addThemeCode(id, codeId) {
      const theme = await attempt(get, () => get().client.call('themes.addCode', { id, codeId }));
      if (theme) await refreshIfSelected(theme);
    },

    async removeThemeCode(id, codeId) {
      const theme = await attempt(get, () => get().client.call('themes.removeCode', { id, codeId }));
      if (theme) await refreshIfSelected(theme);
    },

    async starQuote(excerptId, starred) {
      const id = get().selectedThemeId;
      if (!id) return;
      const theme = await attempt(get, () => get().client.call('themes.star', { id, excerptId, starred }));
      if (!theme) return;
      adopt(theme);
      edited();
      // Stars change no excerpt: mark them in place instead of reloading the list.
      if (get().selectedThemeId === id) {
        const stars = new Set(theme.starred);
        set((s) => ({ themeExcerpts: s.themeExcerpts.map((e) => ({ ...e, starred: stars.has(e.excerptId) })) }));
      }
    },

    async saveThemeMemo(body) {
      const id = get().selectedThemeId;
      const theme = get().themes.find((t) => t.id === id);
      if (!id || !theme) return false;
      const existing = get().themeMemo;
      const memo = await attempt(get, () =>
        get().client.call('memos.save', {
          ...(existing ? { id: existing.id } : {}),
          coderId: existing?.coderId ?? null,
          targetType: 'theme',
          targetId: id,
          title: existing?.title || `Write-up: ${theme.name}`,
          body,
        }),
      );
      if (memo) edited();
      if (memo && get().selectedThemeId === id) set({ themeMemo: memo });
      return memo !== undefined;
    },
  };
};
