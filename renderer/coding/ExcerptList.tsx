import { useId, useMemo, useState } from 'react';
import { useStore } from '../store';
import { clip } from './describe';

/**
 * A page of the list at a time: a 500-page transcript can hold thousands of excerpts,
 * and thousands of buttons here made every frame of the reader's scrolling slower.
 */
const PAGE = 200;

/** "Excerpts here": every excerpt of the open document the viewer may see, as buttons. */
export function ExcerptList() {
  const doc = useStore((s) => s.document);
  const excerpts = useStore((s) => s.excerpts);
  const codes = useStore((s) => s.codes);
  const coders = useStore((s) => s.coders);
  const selectExcerpt = useStore((s) => s.selectExcerpt);
  const titleId = useId();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  // How many are shown, per document: opening another transcript starts again at one page.
  const [page, setPage] = useState({ doc: '', shown: PAGE });
  if (!doc) return null;
  const shown = page.doc === doc.id ? page.shown : PAGE;
  const hidden = excerpts.length - shown;

  return (
    <section className="inspector-panel excerpt-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane-title">
        Excerpts here ({excerpts.length})
      </h2>
      {excerpts.length === 0 ? (
        <p className="empty">Nothing coded in this document yet.</p>
      ) : (
        <ul className="excerpt-items">
          {excerpts.slice(0, shown).map((e) => (
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
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setPage({ doc: doc.id, shown: shown + PAGE })}>
          Show {Math.min(PAGE, hidden)} more ({hidden} not shown)
        </button>
      )}
    </section>
  );
}
