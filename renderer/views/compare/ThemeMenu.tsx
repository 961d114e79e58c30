// "Add to theme…" on a row of the agreement table: the themes of the project (those
// already holding the code ticked and unavailable) and "New theme…", which asks a
// name in place. The view's status line confirms what happened.
import { type FormEvent, useId, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { useStore } from '../../store';

const NEW = '__new__';

export function ThemeMenu({ code }: { code: Code }) {
  const themes = useStore((s) => s.themes);
  const add = useStore((s) => s.addCodeToTheme);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function run(target: { themeId: string } | { name: string }): Promise<boolean> {
    setBusy(true);
    const done = await add(code.id, target);
    setBusy(false);
    return done;
  }
  function pick(value: string) {
    if (value === NEW) setNaming(true);
    else if (value) void run({ themeId: value });
  }
  async function create(e: FormEvent) {
    e.preventDefault();
    if (!name.trim() || !(await run({ name }))) return;
    setName('');
    setNaming(false);
  }
  const cancel = () => {
    setName('');
    setNaming(false);
  };

  if (naming) {
    return (
      <form className="cmp-theme-new" onSubmit={(e) => void create(e)}>
        <label htmlFor={id} className="visually-hidden">
          Name of the new theme for {code.path}
        </label>
        <input
          id={id}
          type="text"
          placeholder="New theme name"
          value={name}
          maxLength={300}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              cancel();
            }
          }}
        />
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          Create
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <select className="cmp-theme-select" aria-label={`Add ${code.path} to a theme`} value="" disabled={busy} onChange={(e) => pick(e.target.value)}>
      <option value="">Add to theme…</option>
      {themes.map((t) => {
        const has = t.codeIds.includes(code.id);
        return (
          <option key={t.id} value={t.id} disabled={has}>
            {has ? `✓ ${t.name}` : t.name}
          </option>
        );
      })}
      <option value={NEW}>New theme…</option>
    </select>
  );
}
