import { type FormEvent, useId, useState } from 'react';
import { useStore } from '../../store';
import { CodeChip } from './CodeChip';
import { ThemeColumn } from './ThemeColumn';

function NewTheme() {
  const createTheme = useStore((s) => s.createTheme);
  const selectTheme = useStore((s) => s.selectTheme);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const nameId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const theme = await createTheme({ name: name.trim() });
    if (!theme) return;
    setName('');
    setOpen(false);
    await selectTheme(theme.id);
  }

  if (!open) {
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        New theme
      </button>
    );
  }
  return (
    <form className="new-theme" onSubmit={(e) => void submit(e)}>
      <label htmlFor={nameId}>Theme name</label>
      <input id={nameId} type="text" value={name} maxLength={300} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} />
      <button type="submit" className="primary" disabled={!name.trim()}>
        Create
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

/** The board: every code in a palette, one column per theme; drag codes onto themes. */
export function ThemeBoard() {
  const themes = useStore((s) => s.themes);
  const loaded = useStore((s) => s.themesLoaded);
  const codes = useStore((s) => s.codes);
  const selected = useStore((s) => s.selectedThemeId);
  const paletteId = useId();

  return (
    <section className="theme-board" aria-label="Theme board">
      <div className="board-head">
        <h2 className="pane-title">Themes</h2>
        <p className="board-hint">Drag a code onto a theme, or use “Add code…” under it. A code can sit in several themes.</p>
        <NewTheme />
      </div>
      <div className="board-columns">
        <section className="theme-column palette" aria-labelledby={paletteId}>
          <h3 className="theme-title" id={paletteId}>
            Codes
          </h3>
          {codes.length === 0 ? (
            <p className="empty">No codes yet.</p>
          ) : (
            <ul className="palette-list">
              {codes.map((code) => (
                <li key={code.id} style={{ paddingInlineStart: `${(code.path.split(' > ').length - 1) * 0.9}rem` }}>
                  <CodeChip code={code} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {themes.map((t) => (
          <ThemeColumn key={t.id} theme={t} codes={codes} selected={t.id === selected} />
        ))}
        {loaded && themes.length === 0 && (
          <p className="empty board-empty">No themes yet. Create one, then drag codes into it — or build one from a co-occurrence cell in Analysis.</p>
        )}
      </div>
    </section>
  );
}
