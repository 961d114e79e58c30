import { CodeTree } from './CodeTree';
import { DocumentInspector } from './DocumentInspector';
import { DocumentList } from './DocumentList';
import { Reader } from './Reader';

/** The Documents view: what to read on the left, the transcript, what it is on the right. */
export function DocumentsView() {
  return (
    <div className="documents-view">
      <aside className="sidebar" aria-label="Documents and codes">
        <DocumentList />
        <CodeTree />
      </aside>
      <section className="centre" aria-label="Transcript">
        <Reader />
      </section>
      <aside className="inspector" aria-label="Inspector">
        <DocumentInspector />
      </aside>
    </div>
  );
}
