import { useId, useState } from 'react';
import type { Memo } from '../../shared/api/schemas';
import { useStore } from '../store';
import { clip } from './describe';
import { MemoEditor } from './MemoEditor';

type Scope = 'all' | Memo['targetType'] | 'this-document';
type Editing = { memo: Memo } | { target: 'project' | 'document' } | null;

/** Memos on the project, documents, codes and excerpts: searchable, editable, addable. */
export function MemosPanel() {
  const [open, setOpen] = useState(false);
  const memos = useStore((s) => s.memos);
  const query = useStore((s) => s.memosQuery);
  const loadMemos = useStore((s) => s.loadMemos);
  const saveMemo = useStore((s) => s.saveMemo);
  const deleteMemo = useStore((s) => s.deleteMemo);
  const selectExcerpt = useStore((s) => s.selectExcerpt);
  const excerpts = useStore((s) => s.excerpts);
  const doc = useStore((s) => s.document);
  const documents = useStore((s) => s.documents);
  const codes = useStore((s) => s.codes);
  const coders = useStore((s) => s.coders);
  const [scope, setScope] = useState<Scope>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const titleId = useId();

  const targetName = (m: Memo) => {
    switch (m.targetType) {
      case 'project':
        return 'Project';
      case 'document':
        return `Document: ${documents.find((d) => d.id === m.targetId)?.name ?? '?'}`;
      case 'code':
        return `Code: ${codes.find((c) => c.id === m.targetId)?.name ?? '?'}`;
      case 'excerpt':
        return 'Excerpt';
      case 'theme':
        return 'Theme';
    }
  };
  const shown = memos.filter((m) =>
    scope === 'all' ? true : scope === 'this-document' ? m.targetType === 'document' && m.targetId === doc?.id : m.targetType === scope,
  );
  const openMemo = (m: Memo) => {
    if (m.targetType === 'excerpt' && excerpts.some((e) => e.id === m.targetId)) selectExcerpt(m.targetId);
    else if (m.targetType !== 'excerpt') setEditing({ memo: m });
  };

  return (
    <section className="inspector-panel memos-panel" aria-labelledby={titleId}>
      <div className="pane-head">
        <h2 id={titleId} className="pane-title">
          Memos
        </h2>
        <button
          type="button"
          className="pane-action"
          aria-expanded={open}
          onClick={() => {
            if (!open) void loadMemos();
            setOpen(!open);
          }}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <>
          <div className="memo-filters">
            <input type="search" aria-label="Search memos" placeholder="Search memos…" value={query} onChange={(e) => void loadMemos(e.target.value)} />
            <select aria-label="Which memos" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
              <option value="all">All</option>
              <option value="project">Project</option>
              <option value="this-document">This document</option>
              <option value="document">Documents</option>
              <option value="code">Codes</option>
              <option value="excerpt">Excerpts</option>
            </select>
          </div>
          <div className="button-row">
            <button type="button" className="pane-action" onClick={() => setEditing({ target: 'project' })}>
              New project memo
            </button>
            {doc && (
              <button type="button" className="pane-action" onClick={() => setEditing({ target: 'document' })}>
                New document memo
              </button>
            )}
          </div>
          {editing && (
            <MemoEditor
              key={'memo' in editing ? editing.memo.id : editing.target}
              initial={'memo' in editing ? editing.memo : { title: '', body: '' }}
              onCancel={() => setEditing(null)}
              onSave={async (fields) => {
                const draft =
                  'memo' in editing
                    ? { id: editing.memo.id, targetType: editing.memo.targetType, targetId: editing.memo.targetId }
                    : { targetType: editing.target, targetId: editing.target === 'document' ? (doc?.id ?? null) : null };
                if (await saveMemo({ ...draft, ...fields })) setEditing(null);
              }}
              onDelete={'memo' in editing ? async () => (await deleteMemo(editing.memo.id), setEditing(null)) : undefined}
            />
          )}
          {shown.length === 0 ? (
            <p className="empty">{query ? 'No memo matches.' : 'No memos yet.'}</p>
          ) : (
            <ul className="memo-items">
              {shown.map((m) => (
                <li key={`${m.targetType}-${m.id}`}>
                  <button type="button" className="memo-item" onClick={() => openMemo(m)}>
                    <span className="memo-item-title">{m.title || clip(m.body, 60) || '(empty)'}</span>
                    <span className="excerpt-item-meta">
                      {targetName(m)} · {coders.find((c) => c.id === m.coderId)?.name ?? 'no coder'}
                    </span>
                    {m.title && m.body && <span className="excerpt-item-text">{clip(m.body, 90)}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
