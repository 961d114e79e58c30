import { useEffect, useId, useState } from 'react';
import type { Excerpt } from '../../shared/api/schemas';
import { useStore } from '../store';
import { type Edge, type Step, stepBoundary } from './boundaries';
import { clip } from './describe';
import { WeightSelect } from './WeightSelect';
import './inspector.css';

/** The inspector for the selected excerpt: text, coder, codes with weights, edges, memo. */
export function ExcerptInspector({ excerpt }: { excerpt: Excerpt }) {
  const doc = useStore((s) => s.document);
  const codes = useStore((s) => s.codes);
  const coders = useStore((s) => s.coders);
  const selectExcerpt = useStore((s) => s.selectExcerpt);
  const setExcerptCode = useStore((s) => s.setExcerptCode);
  const removeExcerptCode = useStore((s) => s.removeExcerptCode);
  const updateExcerpt = useStore((s) => s.updateExcerpt);
  const deleteExcerpt = useStore((s) => s.deleteExcerpt);
  const openPicker = useStore((s) => s.openPicker);
  const [memo, setMemo] = useState(excerpt.memo);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const titleId = useId();
  const memoId = useId();

  // A memo changed by undo/redo (or another excerpt selected) replaces the draft.
  useEffect(() => setMemo(excerpt.memo), [excerpt.id, excerpt.memo]);

  const text = doc?.text ?? '';
  const rank = (id: string) => codes.findIndex((c) => c.id === id);
  const byCodebook = (a: { codeId: string }, b: { codeId: string }) => rank(a.codeId) - rank(b.codeId);
  const coder = coders.find((c) => c.id === excerpt.coderId);
  const nudge = (edge: Edge, step: Step) => {
    const next = stepBoundary(text, excerpt, edge, step);
    if (next.start !== excerpt.start || next.end !== excerpt.end) void updateExcerpt(excerpt.id, next);
  };
  const edgeButton = (edge: Edge, step: Step, label: string, glyph: string) => (
    <button type="button" className="pane-action" aria-label={label} title={label} onClick={() => nudge(edge, step)}>
      {glyph}
    </button>
  );

  return (
    <section className="inspector-panel excerpt-inspector" aria-labelledby={titleId}>
      <div className="pane-head">
        <h2 id={titleId} className="pane-title">
          Excerpt
        </h2>
        <button type="button" className="link-button" onClick={() => selectExcerpt(null)}>
          ← Document
        </button>
      </div>
      <blockquote className="excerpt-quote">{clip(text.slice(excerpt.start, excerpt.end), 600)}</blockquote>
      <p className="excerpt-meta">
        Coded by <strong className="coder-name">{coder?.name ?? 'unknown coder'}</strong>
      </p>

      <h3 className="sub-title">Codes</h3>
      <ul className="excerpt-codes">
        {[...excerpt.codes].sort(byCodebook).map((c) => {
          const code = codes.find((x) => x.id === c.codeId);
          return (
            <li key={c.codeId}>
              <span className="swatch" style={{ backgroundColor: code?.colour }} aria-hidden="true" />
              <span className="code-name" title={code?.path}>
                {code?.name ?? 'deleted code'}
              </span>
              {code?.weight && (
                <WeightSelect code={code} value={c.weight} onChange={(w) => void setExcerptCode(excerpt.id, c.codeId, w)} />
              )}
              <button type="button" className="icon-button" aria-label={`Remove ${code?.name ?? 'code'}`} title="Remove this code" onClick={() => void removeExcerptCode(excerpt.id, c.codeId)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="pane-action"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          openPicker({ range: { start: excerpt.start, end: excerpt.end }, anchor: { x: box.left + 24, y: box.bottom, top: box.top }, excerptId: excerpt.id });
        }}
      >
        Add code…
      </button>

      <h3 className="sub-title">Boundaries</h3>
      <div className="edge-row">
        <span>Start</span>
        {edgeButton('start', 'extend', 'Extend start by a word', '◀')}
        {edgeButton('start', 'shrink', 'Shrink start by a word', '▶')}
        <span>End</span>
        {edgeButton('end', 'shrink', 'Shrink end by a word', '◀')}
        {edgeButton('end', 'extend', 'Extend end by a word', '▶')}
      </div>

      <h3 className="sub-title">
        <label htmlFor={memoId}>Memo</label>
      </h3>
      <textarea id={memoId} className="memo-text" rows={4} value={memo} onChange={(e) => setMemo(e.target.value)} />
      <div className="button-row">
        <button type="button" className="pane-action" disabled={memo === excerpt.memo} onClick={() => void updateExcerpt(excerpt.id, { memo })}>
          Save memo
        </button>
        {confirmDelete ? (
          <>
            <button type="button" className="pane-action coding-danger" onClick={() => void deleteExcerpt(excerpt.id)}>
              Delete excerpt
            </button>
            <button type="button" className="pane-action" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="pane-action" onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
        )}
      </div>
    </section>
  );
}
