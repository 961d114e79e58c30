import { useStore } from '../store';

const openedOn = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString();
};

export function RecentProjects() {
  const recent = useStore((s) => s.recent);
  const busy = useStore((s) => s.busy);
  const openProject = useStore((s) => s.openProject);

  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent projects</h2>
      {recent.length === 0 ? (
        <p className="empty">Projects you open will be listed here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.path}>
              {/* Missing files stay clickable: a drive may just be unmounted, and the error says so. */}
              <button
                type="button"
                className={r.exists ? 'recent-item' : 'recent-item missing'}
                disabled={busy}
                onClick={() => void openProject(r.path)}
              >
                <span className="recent-name">
                  {r.name}
                  {!r.exists && <span className="recent-missing"> (missing)</span>}
                </span>
                <span className="recent-path">{r.path}</span>
                <time className="recent-date" dateTime={r.openedAt}>
                  {openedOn(r.openedAt)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
