import { useCallback, useEffect, useState } from 'react';
import type { Code, Memo } from '../../../shared/api/schemas';
import { clip } from '../../coding/describe';
import { MemoEditor } from '../../coding/MemoEditor';
import { useStore } from '../../store';

/** A code's memos: analytic notes about what the code means and how it is used. */
export function CodeMemos({ code }: { code: Code }) {
  const fetchMemos = useStore((s) => s.fetchMemos);
  const saveMemo = useStore((s) => s.saveMemo);
  const deleteMemo = useStore((s) => s.deleteMemo);
  const undoState = useStore((s) => s.undoState);
  const coders = useStore((s) => s.coders);
  const [memos, setMemos] = useState<Memo[]>([]);
  const [editing, setEditing] = useState<Memo | 'new' | null>(null);

  const load = useCallback(async () => setMemos(await fetchMemos({ targetType: 'code', targetId: code.id })), [code.id, fetchMemos]);
  // Re-read after any edit (the undo state changes with every one, including undo itself).
  useEffect(() => void load(), [load, undoState]);

  return (
    <section className="code-memos" aria-label={`Memos on ${code.name}`}>
      <div className="pane-head">
        <h3 className="sub-title">Memos</h3>
        <button type="button" className="pane-action" onClick={() => setEditing('new')}>
          New memo
        </button>
      </div>
      {editing && (
        <MemoEditor
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? { title: '', body: '' } : editing}
          onCancel={() => setEditing(null)}
          onSave={async (fields) => {
            const base = editing === 'new' ? {} : { id: editing.id };
            if (await saveMemo({ ...base, targetType: 'code', targetId: code.id, ...fields })) setEditing(null);
          }}
          onDelete={editing === 'new' ? undefined : async () => (await deleteMemo(editing.id), setEditing(null))}
        />
      )}
      {memos.length === 0 ? (
        <p className="empty">No memos on this code.</p>
      ) : (
        <ul className="memo-items">
          {memos.map((m) => (
            <li key={m.id}>
              <button type="button" className="memo-item" onClick={() => setEditing(m)}>
                <span className="memo-item-title">{m.title || clip(m.body, 60)}</span>
                <span className="excerpt-item-meta">
                  {coders.find((c) => c.id === m.coderId)?.name ?? 'no coder'} · {m.updatedAt.slice(0, 10)}
                </span>
                {m.title && m.body && <span className="excerpt-item-text">{clip(m.body, 120)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
