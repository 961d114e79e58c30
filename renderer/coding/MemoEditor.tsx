import { useId, useState } from 'react';
import './inspector.css';

export interface MemoFields {
  title: string;
  body: string;
}

/** Title and body of a memo with Save (and optionally Delete); used by every memo list. */
export function MemoEditor({
  initial,
  onSave,
  onCancel,
  onDelete,
}: {
  initial: MemoFields;
  onSave(fields: MemoFields): Promise<unknown>;
  onCancel(): void;
  onDelete?: () => Promise<unknown>;
}) {
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [sure, setSure] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  return (
    <form
      className="memo-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({ title: title.trim(), body });
      }}
    >
      <label htmlFor={titleId} className="field-label">
        Title
      </label>
      <input id={titleId} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      <label htmlFor={bodyId} className="field-label">
        Memo
      </label>
      <textarea id={bodyId} className="memo-text" rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="pane-action" disabled={!title.trim() && !body.trim()}>
          Save memo
        </button>
        <button type="button" className="pane-action" onClick={onCancel}>
          Cancel
        </button>
        {onDelete &&
          (sure ? (
            <button type="button" className="pane-action coding-danger" onClick={() => void onDelete()}>
              Really delete
            </button>
          ) : (
            <button type="button" className="pane-action" onClick={() => setSure(true)}>
              Delete…
            </button>
          ))}
      </div>
    </form>
  );
}
