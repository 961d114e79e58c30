import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../store';

/** Browser host: the server cannot show a file dialog, so the user types a path on its machine. */
export function PathForm() {
  const busy = useStore((s) => s.busy);
  const openProject = useStore((s) => s.openProject);
  const createProject = useStore((s) => s.createProject);
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [hint, setHint] = useState('');
  const pathInput = useRef<HTMLInputElement>(null);
  const ids = { path: useId(), name: useId(), hint: useId() };

  // Ctrl/Cmd+O: the desktop menu's shortcut, here meaning "type a path to open".
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        pathInput.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const withPath = (action: (p: string) => Promise<void>) => {
    const p = path.trim();
    if (!p) {
      setHint('Type the path of a .qualia file first.');
      pathInput.current?.focus();
      return;
    }
    setHint('');
    void action(p);
  };

  const submitOpen = (e: FormEvent) => {
    e.preventDefault();
    withPath(openProject);
  };

  return (
    <form className="path-form" onSubmit={submitOpen} noValidate>
      <label htmlFor={ids.path}>Project file path</label>
      <input
        id={ids.path}
        ref={pathInput}
        type="text"
        value={path}
        onChange={(e) => setPath(e.target.value)}
        placeholder="/home/you/study.qualia"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={ids.hint}
      />
      <label htmlFor={ids.name}>Name for a new project (optional)</label>
      <input
        id={ids.name}
        type="text"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Taken from the file name if empty"
        autoComplete="off"
      />
      <div className="start-actions">
        {/* Enter in either field opens: opening is the common case, creating the deliberate one. */}
        <button type="submit" className="primary" disabled={busy}>
          Open
        </button>
        <button type="button" disabled={busy} onClick={() => withPath((p) => createProject(p, name))}>
          Create
        </button>
      </div>
      <p id={ids.hint} className="hint" aria-live="polite">
        {hint}
      </p>
    </form>
  );
}
