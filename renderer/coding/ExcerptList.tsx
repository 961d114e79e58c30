import { useId, useMemo } from 'react';
import { useStore } from '../store';
import { clip } from './describe';

/** "Excerpts here": every excerpt of the open document the viewer may see, as buttons. */
export function ExcerptList() {
  const doc = useStore((s) => s.document);
  const excerpts = useStore((s) => s.excerpts);
  const codes = useStore((s) => s.codes);
  const coders = useStore((s) => s.coders);
  const selectExcerpt = useStore((s) => s.selectExcerpt);
  const titleId = useId();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  if (!doc) return null;

  return (
    <section className="inspector-panel excerpt-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane-title">
        Excerpts here ({excerpts.length})
      </h2>
      {excerpts.length === 0 ? (
        <p className="empty">Nothing coded in this document yet.</p>
      ) : (
        <ul className="excerpt-items">
          {excerpts.map((e) => (
            <li key={e.id}>
              <button type="button" className="excerpt-item" onClick={() => selectExcerpt(e.id)}>
                <span className="excerpt-swatches" aria-hidden="true">
                  {e.codes.map((c) => (
                    <span key={c.codeId} className="swatch" style={{ backgroundColor: byId.get(c.codeId)?.colour }} />
                  ))}
                </span>
                <span className="excerpt-item-text">{clip(doc.text.slice(e.start, e.end), 90)}</span>
                <span className="excerpt-item-meta">
                  {e.codes.map((c) => byId.get(c.codeId)?.name ?? '?').join(', ')} · {coders.find((c) => c.id === e.coderId)?.name ?? '?'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
