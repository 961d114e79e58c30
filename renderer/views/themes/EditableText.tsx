import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

interface Props {
  value: string;
  label: string;
  multiline?: boolean;
  /** Resolves false when the change was refused; the editor stays open. */
  onSave(value: string): Promise<boolean>;
  onCancel(): void;
}

/** An inline editor: Enter (or Ctrl+Enter in a text area) saves, Escape cancels. */
export function EditableText({ value, label, multiline = false, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  async function save() {
    if (saving) return;
    if (draft === value) return onCancel();
    setSaving(true);
    const ok = await onSave(draft);
    setSaving(false);
    if (ok) onCancel();
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };
  const common = { ref, 'aria-label': label, value: draft, disabled: saving, onKeyDown, onChange: (e: { target: { value: string } }) => setDraft(e.target.value) };

  return (
    <div className="editable">
      {multiline ? <textarea {...common} rows={4} /> : <input type="text" {...common} maxLength={300} />}
      <div className="editable-actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={saving || (!multiline && !draft.trim())}>
          Save
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </div>
  );
}
