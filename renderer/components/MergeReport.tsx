import { useId } from 'react';
import { countOf } from '../format/numbers';
import type { MergeReport } from '../store/extrasSlice';

const words: Record<string, [string, string?]> = {
  documents: ['document'],
  coders: ['coder'],
  codes: ['code'],
  cases: ['case'],
  fields: ['descriptor field'],
  values: ['descriptor value'],
  excerpts: ['excerpt'],
  codings: ['coding'],
  memos: ['memo'],
  themes: ['theme'],
};

/** "1 coder", "113 excerpts": what a merge added, zeros left out, in the report's order. */
export function addedItems(added: MergeReport['added']): string[] {
  return Object.entries(added)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => {
      const [singular, plural] = words[key] ?? [key, key];
      return countOf(n, singular, plural);
    });
}

/** What a merge did: the non-zero counts of what came in, then every conflict it did not resolve. */
export function MergeReportView({ file, report }: { file: string; report: MergeReport }) {
  const added = addedItems(report.added);
  const conflictsId = useId();
  return (
    <div className="merge-report" data-testid="merge-report" role="status">
      <h3>Merged {file}</h3>
      {added.length ? (
        <>
          <p>Added to this project:</p>
          <ul className="merge-added" data-testid="merge-added">
            {added.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing new: this project already had everything in the copy.</p>
      )}
      {report.conflicts.length === 0 ? (
        <p className="muted">No conflicts.</p>
      ) : (
        <>
          <h3 id={conflictsId}>{countOf(report.conflicts.length, 'conflict')}</h3>
          <p>Conflicting items kept this project's version.</p>
          <table className="summary-table" aria-labelledby={conflictsId} data-testid="merge-conflicts">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {report.conflicts.map((c) => (
                <tr key={`${c.kind}:${c.id}`}>
                  <td>{c.kind.replace(/_/g, ' ')}</td>
                  <th scope="row">{c.name}</th>
                  <td>{c.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="muted">Undo (Ctrl+Z) takes the whole merge back in one step.</p>
    </div>
  );
}
