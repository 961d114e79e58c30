import { countOf, formatCount } from '../../format/numbers';
import { useStore } from '../../store';

/** What happened, file by file: imported, skipped as duplicates, failed, cancelled, warnings. */
export function ImportSummary() {
  const outcome = useStore((s) => s.importOutcome);
  if (!outcome) return null;
  const { imported, skipped, failed, warnings, cancelled, notStarted } = outcome;

  return (
    <div className="import-summary" data-testid="import-summary">
      <p className="summary-headline" role="status">
        {imported.length ? `Imported ${countOf(imported.length, 'document')}.` : 'No documents were imported.'}
        {cancelled && ` Cancelled: ${countOf(notStarted.length, 'file')} not started.`}
      </p>
      {imported.length > 0 && (
        <section aria-label="Imported">
          <h3>Imported</h3>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col" className="num">
                  Characters
                </th>
                <th scope="col">Speakers</th>
                <th scope="col">Case</th>
              </tr>
            </thead>
            <tbody>
              {imported.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td className="num">{formatCount(d.characters)}</td>
                  <td>{d.speakers.join(', ') || <span className="muted">none</span>}</td>
                  <td>{d.case ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <FileList title="Skipped" items={skipped.map((s) => [s.fileName, s.reason])} />
      <FileList title="Not imported" className="error-text" items={failed.map((f) => [f.fileName, f.message])} />
      <FileList title="Cancelled before starting" items={notStarted.map((n) => [n, ''])} />
      {warnings.length > 0 && (
        <section aria-label="Warnings">
          <h3>Warnings</h3>
          <ul className="import-warnings">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function FileList({ title, items, className }: { title: string; items: [string, string][]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul className={`summary-files ${className ?? ''}`}>
        {items.map(([file, why], i) => (
          <li key={i}>
            <strong>{file}</strong>
            {/* Core messages usually start with the file name already; don't say it twice. */}
            {why.startsWith(file) ? why.slice(file.length) : why && ` — ${why}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
