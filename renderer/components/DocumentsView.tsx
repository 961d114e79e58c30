import { useEffect } from 'react';
import { CodePicker } from '../coding/CodePicker';
import { ExcerptInspector } from '../coding/ExcerptInspector';
import { ExcerptList } from '../coding/ExcerptList';
import { MemosPanel } from '../coding/MemosPanel';
import { useStore } from '../store';
import { CodeTree } from './CodeTree';
import { DocumentInspector } from './DocumentInspector';
import { DocumentList } from './DocumentList';
import { ImportDialog } from './import/ImportDialog';
import { Reader } from './Reader';

/** The Documents view: what to read on the left, the transcript, what is selected on the right. */
export function DocumentsView() {
  const openImport = useStore((s) => s.openImport);
  const selectedExcerpt = useStore((s) => s.excerpts.find((e) => e.id === s.selectedExcerptId));

  // Ctrl/Cmd+I: import, from anywhere in the project window.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'i') {
        e.preventDefault();
        openImport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openImport]);

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
        {selectedExcerpt ? (
          <ExcerptInspector excerpt={selectedExcerpt} />
        ) : (
          <>
            <DocumentInspector />
            <ExcerptList />
          </>
        )}
        <MemosPanel />
      </aside>
      <CodePicker />
      <ImportDialog />
    </div>
  );
}
