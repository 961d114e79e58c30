import { useEffect } from 'react';
import { useStore } from '../../store';
import { ThemeBoard } from './ThemeBoard';
import { ThemeDetail } from './ThemeDetail';
import '../analysis/analysis.css';
import './themes.css';

/** Themes: the board of codes grouped into themes, and the selected theme's detail. */
export function ThemesView() {
  const projectId = useStore((s) => s.project?.id);
  const loadThemes = useStore((s) => s.loadThemes);
  const undone = useStore((s) => s.editNotice);
  const theme = useStore((s) => s.themes.find((t) => t.id === s.selectedThemeId));

  // Themes may have changed elsewhere: a co-occurrence cell, another project, or
  // an undo/redo (which announces itself through the edit notice).
  useEffect(() => {
    void loadThemes();
  }, [projectId, loadThemes, undone]);

  return (
    <div className="themes-view">
      <ThemeBoard />
      {theme ? (
        <ThemeDetail theme={theme} />
      ) : (
        <aside className="theme-detail theme-detail-empty">
          <p className="empty">Select a theme to read its excerpts, see who voiced it, write it up and export it.</p>
        </aside>
      )}
    </div>
  );
}
