import { useEffect, useState } from 'react';
import { DocumentsView } from './components/DocumentsView';
import { ErrorBanner } from './components/ErrorBanner';
import { QdpxImportReportDialog } from './components/QdpxImportReport';
import { StartScreen } from './components/StartScreen';
import { StatusBar } from './components/StatusBar';
import { TopBar } from './components/TopBar';
import { AnalysisView } from './views/analysis/AnalysisView';
import { CodebookView } from './views/codebook/CodebookView';
import { CompareView } from './views/compare/CompareView';
import { ThemesView } from './views/themes/ThemesView';
import { useStore } from './store';
import type { ViewId } from './views';

function ProjectView({ view }: { view: ViewId }) {
  switch (view) {
    case 'documents':
      return <DocumentsView />;
    case 'codebook':
      return <CodebookView />;
    case 'compare':
      return <CompareView />;
    case 'themes':
      return <ThemesView />;
    case 'analysis':
      return <AnalysisView />;
  }
}

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
        {!ready ? null : project ? <ProjectView view={view} /> : <StartScreen />}
      </main>
      <StatusBar />
      {/* Outlives the import dialog: the start screen it was opened from is gone once the new project opens. */}
      <QdpxImportReportDialog />
    </div>
  );
}
