import { CodingTopBar } from '../coding/CodingTopBar';
import { useStore } from '../store';
import { ProjectMenu } from './ProjectMenu';
import { type ViewId, views } from '../views';

export function TopBar({ view, onView }: { view: ViewId; onView(view: ViewId): void }) {
  const project = useStore((s) => s.project);
  const busy = useStore((s) => s.busy);
  const closeProject = useStore((s) => s.closeProject);

  return (
    <header className="topbar">
      {project ? <ProjectMenu project={project} /> : <span className="topbar-title">Qualia</span>}
      {project && (
        <nav className="topbar-views" aria-label="Views">
          {views.map((v) => (
            <button
              key={v.id}
              type="button"
              className="topbar-view"
              aria-current={v.id === view ? 'page' : undefined}
              onClick={() => onView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      )}
      <span className="topbar-spacer" />
      {project && <CodingTopBar onView={onView} />}
      {project && (
        <button type="button" onClick={() => void closeProject()} disabled={busy}>
          Close project
        </button>
      )}
    </header>
  );
}
