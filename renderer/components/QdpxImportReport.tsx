import { useCallback, useId, useRef } from 'react';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { countOf } from '../format/numbers';
import { useStore } from '../store';
import { useDialogFocus } from './import/useDialogFocus';
import './extras.css';
import './qdpxImport.css';

const WORDS: Record<keyof QdpxImportReport['counts'], [string, string?]> = {
  documents: ['document'],
  codes: ['code'],
  excerpts: ['excerpt'],
  codings: ['coding'],
  coders: ['coder'],
  cases: ['case'],
  fields: ['descriptor field'],
  values: ['descriptor value'],
  memos: ['memo'],
  themes: ['theme'],
};

/** "2 documents", "152 codes": what came in, zeros left out, in a researcher's order. */
export function importedItems(counts: QdpxImportReport['counts']): string[] {
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).filter((k) => counts[k] > 0).map((k) => countOf(counts[k], WORDS[k][0], WORDS[k][1]));
}

/**
 * What a REFI-QDA import did, shown once the new project is open: the counts, how
 * selection positions were read (and how many land between words, the check that
 * they were read right), then everything left out and every warning.
 */
export function QdpxImportReportDialog() {
  const imported = useStore((s) => s.qdpxImported);
  const dismiss = useStore((s) => s.dismissQdpxImport);
  // Mounted only while there is a report, so focus moves into it when it appears.
  return imported ? <ReportDialog file={imported.file} report={imported.report} dismiss={dismiss} /> : null;
}

function ReportDialog({ file, report, dismiss }: { file: string; report: QdpxImportReport; dismiss(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), intro: useId(), skipped: useId(), sources: useId() };
  const onEscape = useCallback(() => dismiss(), [dismiss]);
  useDialogFocus(ref, onEscape, 'report');
  const items = importedItems(report.counts);
  const coded = report.sources.filter((s) => s.document !== null && s.selections > 0);

  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal merge-dialog qdpx-report-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={ids.intro} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>Imported {file}</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={dismiss}>
            ✕
          </button>
        </div>
        <div className="modal-body merge-report" data-testid="qdpx-import-report" role="status">
          <p id={ids.intro}>
            New project <strong>{report.name}</strong>
            {report.origin ? <> from a file written by {report.origin}</> : null}, saved as <span className="mono">{report.path}</span>.
          </p>
          {items.length ? (
            <ul className="merge-added" data-testid="qdpx-import-counts">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p>The file held nothing Qualia could import.</p>
          )}
          {report.positions && (
            <p data-testid="qdpx-import-positions">
              Coded passages were located by counting <strong>{report.positions.label}</strong>, the unit that puts the most of them between words.
            </p>
          )}
          {coded.length > 0 && (
            <table className="summary-table" aria-labelledby={ids.sources} data-testid="qdpx-import-sources">
              <caption id={ids.sources}>Codings placed per document</caption>
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Placed</th>
                  <th scope="col">Between words</th>
                </tr>
              </thead>
              <tbody>
                {coded.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.document}</th>
                    <td>
                      {s.placed} of {s.selections}
                    </td>
                    <td>{s.aligned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.skipped.length > 0 && (
            <>
              <h3 id={ids.skipped}>{countOf(report.skipped.length, 'item')} not imported</h3>
              <table className="summary-table" aria-labelledby={ids.skipped} data-testid="qdpx-import-skipped">
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Name</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {report.skipped.map((s, i) => (
                    <tr key={`${s.kind}:${s.name}:${i}`}>
                      <td>{s.kind}</td>
                      <th scope="row">{s.name}</th>
                      <td>{s.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {report.warnings.length > 0 && (
            <ul className="qdpx-import-warnings" data-testid="qdpx-import-warnings" aria-label="Warnings">
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="modal-footer">
          <span className="topbar-spacer" />
          <button type="button" className="primary" data-autofocus data-step-focus onClick={dismiss}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
