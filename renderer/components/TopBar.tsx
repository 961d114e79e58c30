import { CodingTopBar } from '../coding/CodingTopBar';
import { useStore } from '../store';
import { type ViewId, views } from '../views';

const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

export function TopBar({ view, onView }: { view: ViewId; onView(view: ViewId): void }) {
  const project = useStore((s) => s.project);
  const busy = useStore((s) => s.busy);
  const closeProject = useStore((s) => s.closeProject);

  return (
    <header className="topbar">
      <span className="topbar-title" title={project?.path}>
        {project ? project.name || fileName(project.path) : 'Qualia'}
      </span>
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
