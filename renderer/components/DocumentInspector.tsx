import { Fragment, useId } from 'react';
import { caseRecordFor } from '../format/documentTitle';
import { formatCount } from '../format/numbers';
import { useStore } from '../store';
import { DocumentCaseField, DocumentNameField } from './DocumentFields';
import { SpeakersPanel } from './SpeakersPanel';

const none = <span className="muted">—</span>;

/** The inspector's document panel; excerpt and code panels join it with coding. */
export function DocumentInspector() {
  const doc = useStore((s) => s.document);
  const cases = useStore((s) => s.cases);
  const titleId = useId();
  const nameId = useId();
  const caseId = useId();

  const record = doc ? caseRecordFor(cases, doc.case) : undefined;
  const turns = doc ? doc.segments.filter((s) => s.kind === 'turn').length : 0;

  return (
    <>
    <section className="inspector-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane-title">
        Document
      </h2>
      {!doc ? (
        <p className="empty">No document open.</p>
      ) : (
        <dl className="facts">
          <dt id={nameId}>Name</dt>
          <dd>
            <DocumentNameField doc={doc} labelId={nameId} />
          </dd>
          <dt id={caseId}>Case</dt>
          <dd className="case-field">
            <DocumentCaseField doc={doc} labelId={caseId} />
          </dd>
          {record &&
            cases.fields.map((field) => (
              <Fragment key={field.id}>
                <dt className="descriptor">{field.name}</dt>
                <dd>{record.values[field.name] ?? none}</dd>
              </Fragment>
            ))}
          <dt>Characters</dt>
          <dd>{formatCount(doc.characters)}</dd>
          <dt>Source</dt>
          <dd>{doc.sourceName ?? none}</dd>
          <dt>Speaker turns</dt>
          <dd>{formatCount(turns)}</dd>
        </dl>
      )}
    </section>
    {doc && <SpeakersPanel doc={doc} />}
    </>
  );
}
