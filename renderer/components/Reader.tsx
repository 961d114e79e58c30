import { useCallback, useId, useMemo, useState } from 'react';
import '../coding/reader.css';
import { documentTitle } from '../format/documentTitle';
import { buildRows } from '../reader/rows';
import { useStore } from '../store';
import { ReaderBody } from './ReaderBody';
import { ReaderToolbar } from './ReaderToolbar';

/** The open transcript: its title, the coding toolbar and the (windowed) rows. */
export function Reader() {
  const doc = useStore((s) => s.document);
  const selectedId = useStore((s) => s.selectedDocumentId);
  const loading = useStore((s) => s.documentLoading);
  const cases = useStore((s) => s.cases);
  const rows = useMemo(() => (doc ? buildRows(doc) : []), [doc]);
  // The row "Code this turn" acts on: the last one clicked, selected in, or jumped to.
  const [current, setCurrent] = useState<{ doc: string; row: number }>({ doc: '', row: 0 });
  const docId = doc?.id ?? '';
  const currentRow = current.doc === docId ? current.row : 0;
  const onCurrentRow = useCallback(
    (row: number) => setCurrent((c) => (c.doc === docId && c.row === row ? c : { doc: docId, row })),
    [docId],
  );
  const titleId = useId();

  if (!selectedId) return <p className="reader-empty">Choose a document from the list to read it.</p>;
  if (!doc) return <p className="reader-empty">{loading ? 'Opening the document…' : 'This document could not be opened.'}</p>;

  return (
    <article className="reader-pane" aria-labelledby={titleId} aria-busy={loading}>
      <header className="reader-header">
        <h2 id={titleId}>{documentTitle(doc, cases)}</h2>
      </header>
      <ReaderToolbar doc={doc} row={rows[currentRow]} />
      {/* Keyed by document so a newly opened transcript starts at its top. */}
      <ReaderBody
        key={doc.id}
        doc={doc}
        rows={rows}
        titleId={titleId}
        currentRow={currentRow}
        onCurrentRow={onCurrentRow}
      />
    </article>
  );
}
