import { useId, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { useStore } from '../../store';

/** Name a new code and choose where it goes (top level, beside or under the selected code). */
export function CreateCodeForm({ parentId, onCreated, onCancel }: { parentId: string | null; onCreated(code: Code): void; onCancel(): void }) {
  const codes = useStore((s) => s.codes);
  const createCode = useStore((s) => s.createCode);
  const [name, setName] = useState('');
  const [parent, setParent] = useState(parentId ?? '');
  const id = useId();
  return (
    <form
      className="cb-create"
      aria-label="New code"
      onSubmit={async (e) => {
        e.preventDefault();
        const code = await createCode({ name: name.trim(), parentId: parent || null });
        if (code) onCreated(code);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor={`${id}-name`}>New code</label>
      <input id={`${id}-name`} type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-parent`}>under</label>
      <select id={`${id}-parent`} value={parent} onChange={(e) => setParent(e.target.value)}>
        <option value="">(top level)</option>
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.path}
          </option>
        ))}
      </select>
      <div className="button-row">
        <button type="submit" className="primary" disabled={!name.trim()}>
          Create
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
