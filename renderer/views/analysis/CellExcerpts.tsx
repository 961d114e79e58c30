import { useEffect, useMemo } from 'react';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';
import { CodeLabel } from './CodeLabel';
import { type CellQuery, cellExcerpts, parseExcerptsCsv, shortDocument, spans } from './excerptRows';

/** The side panel of a clicked matrix cell: the excerpts behind its number. */
export function CellExcerpts({ query, expected, onClose }: { query: CellQuery; expected: number; onClose(): void }) {
  const csv = useStore((s) => s.excerptsCsv);
  const coders = useStore((s) => s.analysisCoders);
  const load = useStore((s) => s.loadExcerptsCsv);
  useEffect(() => {
    if (csv === null) void load();
  }, [csv, load]);
  const all = useMemo(() => (csv === null ? null : parseExcerptsCsv(csv)), [csv]);
  const rows = useMemo(() => (all ? cellExcerpts(all, coders, query) : null), [all, coders, query]);
  const span = rows ? spans(rows) : null;

  return (
    <aside className="analysis-side" aria-label="Excerpts in this cell">
      <div className="side-head">
        <h2 className="side-title">
          <CodeLabel path={query.codePath} full />
          <span className="side-subtitle">
            {query.field}: {query.value}
          </span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close excerpts" onClick={onClose}>
          ×
        </button>
      </div>
      {!rows || !span ? (
        <p className="empty">Loading excerpts…</p>
      ) : (
        <>
          <p className="side-summary" data-testid="cell-summary">
            {countOf(span.excerpts, 'excerpt')} · {countOf(span.documents, 'document')} · {countOf(span.cases, 'case')}
            {span[query.count] !== expected && <span className="error-text"> (the matrix shows {expected}; codings changed meanwhile?)</span>}
          </p>
          {rows.length === 0 ? (
            <p className="empty">No excerpts.</p>
          ) : (
            <ol className="quote-list" data-testid="cell-excerpts">
              {rows.map((r) => (
                <li key={`${r.excerptId}-${r.codePath}`} className="quote">
                  <blockquote>{r.text}</blockquote>
                  <p className="quote-meta">
                    {shortDocument(r.document, r.case)}
                    {r.case && ` · ${r.case}`} · {r.coder}
                    {r.weight !== null && ` · weight ${r.weight}`}
                  </p>
                  {r.memo && <p className="quote-memo">{r.memo}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
