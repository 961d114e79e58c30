import { countOf } from '../../format/numbers';
import { useStore } from '../../store';

const shown = (v: string | null) => (v === null ? <span className="muted">—</span> : v);

/** The dry run says what Apply would do; after Apply the same report says what was done. */
export function ParticipantsReport() {
  const report = useStore((s) => s.participantsReport);
  const fileName = useStore((s) => s.participantsFile?.fileName);
  if (!report) return null;
  const created = new Set(report.fieldsCreated.map((f) => f.name));
  const would = (done: string, planned: string) => (report.dryRun ? planned : done);

  return (
    <div className="participants-report" data-testid="participants-report">
      <p className="summary-headline" role="status">
        {report.dryRun
          ? `${fileName ?? 'The file'}: ${countOf(report.cases, 'case')} in column “${report.caseColumn}”. Nothing is saved until you apply.`
          : `Saved: ${countOf(report.casesCreated.length, 'case')} created, ${countOf(report.changes.length, 'value')} changed, ${countOf(report.linked.length, 'document')} linked.`}
      </p>

      <section aria-label="Fields">
        <h3>Fields</h3>
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Type</th>
              <th scope="col">Choices</th>
            </tr>
          </thead>
          <tbody>
            {report.fields.map((f) => (
              <tr key={f.name}>
                <th scope="row">
                  {f.name}
                  {created.has(f.name) && (
                    <>
                      {' '}
                      <span className="badge">new</span>
                    </>
                  )}
                </th>
                <td>{f.type}</td>
                <td>{f.choices.join(', ') || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {report.casesCreated.length > 0 && (
        <section aria-label="New cases">
          <h3>{would('Cases created', 'Cases to create')}</h3>
          <ul className="chips">
            {report.casesCreated.map((c) => (
              <li key={c} className="chip">
                {c}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.changes.length > 0 && (
        <section aria-label="Changes">
          <h3>{would('Values changed', 'Values that will change')}</h3>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Field</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((c) => (
                <tr key={`${c.case}\u0000${c.field}`}>
                  <th scope="row">{c.case}</th>
                  <td>{c.field}</td>
                  <td>{shown(c.from)}</td>
                  <td>{shown(c.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {report.unchanged > 0 && <p className="muted">{countOf(report.unchanged, 'value')} already as in the file.</p>}

      <section aria-label="Linked documents">
        <h3>{would('Documents linked', 'Documents that will be linked')}</h3>
        {report.linked.length === 0 ? (
          <p className="muted">None: no unlinked document matches a case by name or speaker.</p>
        ) : (
          <ul className="summary-files">
            {report.linked.map((l) => (
              <li key={l.document}>
                <strong>{l.document}</strong> → {l.case}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
