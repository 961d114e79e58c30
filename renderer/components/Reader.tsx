import { useId, useMemo } from 'react';
import { documentTitle } from '../format/documentTitle';
import { buildRows } from '../reader/rows';
import { useStore } from '../store';
import { ReaderRow } from './ReaderRow';

/**
 * The transcript. Rows use CSS `content-visibility: auto`, so the browser skips
 * layout and paint of off-screen turns while all text stays in the DOM (find in
 * page, selection and copy keep working across the whole document).
 * TODO: if documents with tens of thousands of turns appear, window the rows by
 * segment; no virtualisation library is installed and none is needed at demo sizes.
 */
export function Reader() {
  const doc = useStore((s) => s.document);
  const selectedId = useStore((s) => s.selectedDocumentId);
  const loading = useStore((s) => s.documentLoading);
  const cases = useStore((s) => s.cases);
  const rows = useMemo(() => (doc ? buildRows(doc) : []), [doc]);
  const titleId = useId();

  if (!selectedId) return <p className="reader-empty">Choose a document from the list to read it.</p>;
  if (!doc) return <p className="reader-empty">{loading ? 'Opening the document…' : 'This document could not be opened.'}</p>;

  return (
    <article className="reader-pane" aria-labelledby={titleId} aria-busy={loading}>
      <header className="reader-header">
        <h2 id={titleId}>{documentTitle(doc, cases)}</h2>
      </header>
      {/* Keyed by document so a newly opened transcript starts at its top. Focusable so
          keyboard users can scroll it. */}
      <div key={doc.id} className="reader" data-testid="reader" tabIndex={0} aria-labelledby={titleId}>
        {rows.map((row) => (
          <ReaderRow key={row.key} row={row} text={doc.text} />
        ))}
      </div>
    </article>
  );
}
