import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { isBlindHidden } from '../../coding/blind';
import { clip } from '../../coding/describe';
import { useDialogFocus } from '../../components/import/useDialogFocus';
import { countOf, formatCount } from '../../format/numbers';
import { useStore } from '../../store';
import type { CodeExcerptRow } from '../../store/extrasSlice';
import './split.css';

/**
 * Split a code: tick the excerpts that belong to a new code, name it, and they move
 * there (a sibling of this code); the rest stay. One undoable step.
 */
export function SplitCodeDialog({ code, onClose, onSplit }: { code: Code; onClose(): void; onSplit(code: Code): void }) {
  const codeExcerpts = useStore((s) => s.codeExcerpts);
  const splitCode = useStore((s) => s.splitCode);
  const hidden = useStore((s) => isBlindHidden(s.projectSettings));
  const me = useStore((s) => s.coders.find((c) => c.id === s.activeCoderId)?.name ?? null);
  const parent = useStore((s) => s.codes.find((c) => c.id === code.parentId) ?? null);
  const [rows, setRows] = useState<CodeExcerptRow[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const all = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), name: useId(), form: useId(), all: useId(), error: useId() };
  const onEscape = useMemo(() => () => !busy && onClose(), [busy, onClose]);
  useDialogFocus(ref, onEscape, rows ? 'loaded' : 'loading');

  useEffect(() => {
    let live = true;
    void codeExcerpts(code.id).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [code.id, codeExcerpts]);

  // In blind coding only your own excerpts are yours to see, and so to move.
  const shown = useMemo(() => (rows && hidden ? rows.filter((r) => r.coder === me) : (rows ?? [])), [rows, hidden, me]);
  const picked = shown.filter((r) => chosen.has(r.excerptId));
  const allChosen = shown.length > 0 && picked.length === shown.length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = picked.length > 0 && !allChosen;
  }, [picked.length, allChosen]);

  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const ready = !!name.trim() && picked.length > 0 && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    const result = await splitCode(code.id, name.trim(), picked.map((r) => r.excerptId));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onSplit(result.value.code);
    onClose();
  };

  const where = parent ? `under '${parent.name}'` : 'at the top level';
  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal split-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>Split '{code.name}'</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy}>
            ✕
          </button>
        </div>
        <form id={ids.form} className="modal-body split-body" onSubmit={(e) => void submit(e)} noValidate>
          <p className="muted">
            The excerpts you tick move to a new code beside '{code.name}' {where}; the others stay.
          </p>
          <div className="split-name">
            <label htmlFor={ids.name}>Name of the new code</label>
            <input id={ids.name} type="text" data-autofocus value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Peripheral tasks" autoComplete="off" aria-describedby={ids.error} />
          </div>
          {hidden && <p className="muted">Blind coding is on: only your excerpts are listed.</p>}
          {!rows && !error && <p className="muted">Reading the excerpts of '{code.name}'…</p>}
          {rows && shown.length === 0 && <p className="empty">'{code.name}' has no excerpts to move.</p>}
          {shown.length > 0 && (
            <>
              <label className="toggle split-all">
                <input ref={all} id={ids.all} type="checkbox" checked={allChosen} onChange={(e) => setChosen(new Set(e.target.checked ? shown.map((r) => r.excerptId) : []))} />
                Select all ({formatCount(shown.length)})
              </label>
              <ul className="split-list" aria-label={`Excerpts of ${code.name}`}>
                {shown.map((r) => (
                  <li key={r.excerptId}>
                    <label className="split-item" title={r.text}>
                      <input type="checkbox" checked={chosen.has(r.excerptId)} onChange={(e) => toggle(r.excerptId, e.target.checked)} />
                      <span className="split-meta">
                        {r.documentName} · {r.coder}
                      </span>
                      <q className="split-quote">{clip(r.text, 220)}</q>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
          {error && (
            <p id={ids.error} className="error-text" role="alert">
              {error}
            </p>
          )}
        </form>
        <div className="modal-footer">
          <span className="footer-note" aria-live="polite">
            {rows ? `${countOf(picked.length, 'excerpt')} of ${formatCount(shown.length)} chosen` : ''}
          </span>
          <span className="topbar-spacer" />
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" form={ids.form} className="primary" disabled={!ready} title={ready ? undefined : 'Name the new code and tick at least one excerpt'}>
            Split
          </button>
        </div>
      </div>
    </div>
  );
}
