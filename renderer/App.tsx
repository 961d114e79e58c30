import { useEffect, useState } from 'react';
import { DocumentsView } from './components/DocumentsView';
import { ErrorBanner } from './components/ErrorBanner';
import { StartScreen } from './components/StartScreen';
import { StatusBar } from './components/StatusBar';
import { TopBar } from './components/TopBar';
import { useStore } from './store';
import type { ViewId } from './views';

export function App() {
  const ready = useStore((s) => s.ready);
  const project = useStore((s) => s.project);
  const host = useStore((s) => s.hostInfo?.host);
  const [view, setView] = useState<ViewId>('documents');

  // Electron titles its window from the main process; a browser tab needs the page to.
  useEffect(() => {
    if (host === 'browser') document.title = project ? `${project.name || 'Project'} — Qualia` : 'Qualia';
  }, [host, project]);

  return (
    <div className="app">
      <TopBar view={view} onView={setView} />
      <ErrorBanner />
      <main className="app-main">
        {!ready ? null : project ? view === 'documents' && <DocumentsView /> : <StartScreen />}
      </main>
      <StatusBar />
    </div>
  );
}
