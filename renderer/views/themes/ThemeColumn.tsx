import { useId, useState } from 'react';
import type { Code, Theme } from '../../../shared/api/schemas';
import { useStore } from '../../store';
import { carriesCode, CODE_MIME, CodeChip } from './CodeChip';
import { EditableText } from './EditableText';

type Editing = 'name' | 'description' | 'delete' | null;

/** One theme on the board: its name, description and code chips; a drop target for codes. */
export function ThemeColumn({ theme, codes, selected }: { theme: Theme; codes: Code[]; selected: boolean }) {
  const selectTheme = useStore((s) => s.selectTheme);
  const updateTheme = useStore((s) => s.updateTheme);
  const deleteTheme = useStore((s) => s.deleteTheme);
  const addThemeCode = useStore((s) => s.addThemeCode);
  const removeThemeCode = useStore((s) => s.removeThemeCode);
  const [editing, setEditing] = useState<Editing>(null);
  const [over, setOver] = useState(false);
  const addId = useId();
  const titleId = useId();

  const mine = theme.codeIds.map((id) => codes.find((c) => c.id === id)).filter((c): c is Code => Boolean(c));
  const addable = codes.filter((c) => !theme.codeIds.includes(c.id));

  return (
    <section
      className={`theme-column${selected ? ' selected' : ''}${over ? ' over' : ''}`}
      aria-labelledby={titleId}
      data-testid="theme-column"
      onDragOver={(e) => {
        if (!carriesCode(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        const codeId = e.dataTransfer.getData(CODE_MIME);
        if (!codeId) return;
        e.preventDefault();
        if (!theme.codeIds.includes(codeId)) void addThemeCode(theme.id, codeId);
      }}
    >
      {editing === 'name' ? (
        <EditableText value={theme.name} label="Theme name" onSave={(name) => updateTheme(theme.id, { name: name.trim() })} onCancel={() => setEditing(null)} />
      ) : (
        <h3 className="theme-title" id={titleId}>
          <button type="button" className="theme-open" aria-pressed={selected} onClick={() => void selectTheme(theme.id)}>
            {theme.name}
          </button>
        </h3>
      )}
      {editing === 'description' ? (
        <EditableText
          value={theme.description}
          label="Theme description"
          multiline
          onSave={(description) => updateTheme(theme.id, { description })}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p className={theme.description ? 'theme-description' : 'theme-description empty'}>{theme.description || 'No description yet.'}</p>
      )}
      {editing === 'delete' ? (
        <div className="theme-confirm" role="alertdialog" aria-label={`Delete ${theme.name}?`}>
          <p>Delete “{theme.name}”? Its codes and excerpts stay; the theme, its stars and grouping go (undo can bring it back).</p>
          <button type="button" className="danger" onClick={() => void deleteTheme(theme.id)}>
            Delete theme
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            Keep it
          </button>
        </div>
      ) : (
        editing === null && (
          <div className="theme-actions">
            <button type="button" className="link-button" onClick={() => setEditing('name')}>
              Rename
            </button>
            <button type="button" className="link-button" onClick={() => setEditing('description')}>
              Describe
            </button>
            <button type="button" className="link-button danger-link" onClick={() => setEditing('delete')}>
              Delete
            </button>
          </div>
        )
      )}
      <ul className="theme-chips" aria-label={`Codes in ${theme.name}`}>
        {mine.map((code) => (
          <li key={code.id}>
            <CodeChip code={code} removeLabel={`Remove ${code.name} from ${theme.name}`} onRemove={() => void removeThemeCode(theme.id, code.id)} />
          </li>
        ))}
        {mine.length === 0 && <li className="empty">Drag codes here.</li>}
      </ul>
      <label className="visually-hidden" htmlFor={addId}>
        Add code to {theme.name}
      </label>
      <select
        id={addId}
        className="theme-add"
        value=""
        disabled={addable.length === 0}
        onChange={(e) => e.target.value && void addThemeCode(theme.id, e.target.value)}
      >
        <option value="">Add code…</option>
        {addable.map((c) => (
          <option key={c.id} value={c.id}>
            {c.path}
          </option>
        ))}
      </select>
    </section>
  );
}
