// Building a theme from the Compare view: a code of the agreement table goes into
// an existing theme or a new one. The themes slice does the work (so the Themes
// view and the top bar's undo follow); this adds the Compare view's status line.
import type { StateCreator } from 'zustand/vanilla';
import type { CompareSlice } from './compareState';
import { attempt } from './errorSlice';
import type { Store } from './types';

type Args = Parameters<StateCreator<Store, [], [], CompareSlice>>;

export function compareThemeActions(set: Args[0], get: Args[1], refreshUndo: () => Promise<void>): Pick<CompareSlice, 'addCodeToTheme'> {
  return {
    async addCodeToTheme(codeId, target) {
      const code = get().compareCodes.find((c) => c.id === codeId);
      if (!code) return false;
      let themeName: string;
      if ('themeId' in target) {
        await get().addThemeCode(target.themeId, codeId);
        // A refusal is on the banner already; the theme then lacks the code.
        const theme = get().themes.find((t) => t.id === target.themeId);
        if (!theme?.codeIds.includes(codeId)) return false;
        themeName = theme.name;
      } else {
        const theme = await get().createTheme({ name: target.name.trim(), codeIds: [codeId] });
        if (!theme) return false;
        themeName = theme.name;
      }
      set({ compareNotice: `Added '${code.name}' to '${themeName}'.` });
      // The decision bar's undo button names the last edit, which is now this one.
      await attempt(get, refreshUndo);
      return true;
    },
  };
}
