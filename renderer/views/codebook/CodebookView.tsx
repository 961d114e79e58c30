import { useRef, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { type MoveOp, moveTarget } from '../../coding/codeTree';
import { CodebookFileDialog } from '../../components/CodebookFileDialog';
import { useStore } from '../../store';
import { CodebookTree } from './CodebookTree';
import { CodeEditor } from './CodeEditor';
import { CreateCodeForm } from './CreateCodeForm';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { SplitCodeDialog } from './SplitCodeDialog';
import './codebook.css';

const moves: { op: MoveOp; label: string; glyph: string; keys: string }[] = [
  { op: 'up', label: 'Move up', glyph: '↑', keys: 'Alt+↑' },
  { op: 'down', label: 'Move down', glyph: '↓', keys: 'Alt+↓' },
  { op: 'outdent', label: 'Outdent', glyph: '←', keys: 'Alt+←' },
  { op: 'indent', label: 'Indent', glyph: '→', keys: 'Alt+→' },
];

/** The codebook: the tree (create, move, nest, delete, import/export as .qdc or CSV) beside the selected code's editor. */
export function CodebookView() {
  const codes = useStore((s) => s.codes);
  const moveCode = useStore((s) => s.moveCode);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const [deleting, setDeleting] = useState<Code | null>(null);
  const [splitting, setSplitting] = useState<Code | null>(null);
  const [fileDialog, setFileDialog] = useState<'import' | 'export' | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const selected = codes.find((c) => c.id === selectedId) ?? null;

  const toggle = (id: string, open: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const move = (op: MoveOp) => {
    const target = selected && moveTarget(codes, selected.id, op);
    if (selected && target) void moveCode(selected.id, target);
  };
  // The editor remounts when the code changes under it (a save, an undo) so it shows what is stored.
  const editorKey = selected ? JSON.stringify([selected.id, selected.name, selected.colour, selected.definition, selected.weight]) : '';

  return (
    <div className="codebook-view">
      <section className="cb-tree-pane" aria-label="Code tree">
        <div className="cb-toolbar" role="toolbar" aria-label="Codebook actions">
          <button type="button" className="pane-action" onClick={() => setCreating({ parentId: selected?.parentId ?? null })}>
            New code
          </button>
          <button type="button" className="pane-action" disabled={!selected} onClick={() => setCreating({ parentId: selected?.id ?? null })}>
            New sub-code
          </button>
          <button type="button" className="pane-action" onClick={() => setFileDialog('import')}>
            Import…
          </button>
          <button type="button" className="pane-action" onClick={() => setFileDialog('export')}>
            Export…
          </button>
          {moves.map((m) => (
            <button
              key={m.op}
              type="button"
              className="pane-action"
              aria-label={m.label}
              title={`${m.label} (${m.keys})`}
              disabled={!selected || !moveTarget(codes, selected.id, m.op)}
              onClick={() => move(m.op)}
            >
              {m.glyph}
            </button>
          ))}
        </div>
        {fileDialog && <CodebookFileDialog mode={fileDialog} onClose={() => setFileDialog(null)} />}
        {creating && (
          <CreateCodeForm
            key={creating.parentId ?? 'top'}
            parentId={creating.parentId}
            onCancel={() => setCreating(null)}
            onCreated={(code) => {
              setCreating(null);
              setSelectedId(code.id);
              if (code.parentId) toggle(code.parentId, true);
            }}
          />
        )}
        <CodebookTree
          codes={codes}
          selectedId={selectedId}
          collapsed={collapsed}
          onSelect={setSelectedId}
          onToggle={toggle}
          onMove={(id, target) => void moveCode(id, target)}
          onRename={(id) => {
            setSelectedId(id);
            requestAnimationFrame(() => {
              nameRef.current?.focus();
              nameRef.current?.select();
            });
          }}
          onDelete={(id) => setDeleting(codes.find((c) => c.id === id) ?? null)}
        />
        <p className="muted cb-help">Drag a code onto another to nest it, or onto a row's top or bottom edge to reorder. Keys: arrows, Alt+arrows to move, F2 rename, Delete.</p>
      </section>
      <section className="cb-editor-pane" aria-label="Selected code">
        {selected ? (
          <CodeEditor key={editorKey} code={selected} nameRef={nameRef} onDelete={() => setDeleting(selected)} onSelect={setSelectedId} onSplit={() => setSplitting(selected)} />
        ) : (
          <p className="empty">Choose a code to edit its name, colour, definition and weight scale.</p>
        )}
      </section>
      {splitting && (
        <SplitCodeDialog
          code={splitting}
          onClose={() => setSplitting(null)}
          onSplit={(code) => {
            if (code.parentId) toggle(code.parentId, true);
            setSelectedId(code.id);
            // Land on the new code in the tree, where the keyboard can carry on.
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.cb-tree [role="treeitem"][aria-selected="true"]')?.focus());
          }}
        />
      )}
      {deleting && <DeleteCodeDialog code={deleting} onClose={() => setDeleting(null)} onDeleted={() => setSelectedId(null)} />}
    </div>
  );
}
