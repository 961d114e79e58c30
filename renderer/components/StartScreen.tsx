import { useState } from 'react';
import { useStore } from '../store';
import { ImportQdpxDialog } from './ImportQdpxDialog';
import { PathForm } from './PathForm';
import { PickFileActions } from './PickFileActions';
import { RecentProjects } from './RecentProjects';

export function StartScreen() {
  const canPickFiles = useStore((s) => s.hostInfo?.canPickFiles ?? false);
  const busy = useStore((s) => s.busy);
  const [importing, setImporting] = useState(false);
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">Open or create a project</h1>
      <p className="start-lede">A project is one <code>.qualia</code> file holding your documents, codes and coders.</p>
      {canPickFiles ? <PickFileActions /> : <PathForm />}
      <div className="start-actions start-import">
        <button type="button" disabled={busy} onClick={() => setImporting(true)}>
          Import REFI-QDA project (.qdpx)…
        </button>
      </div>
      {importing && <ImportQdpxDialog onClose={() => setImporting(false)} />}
      <RecentProjects />
    </section>
  );
}
