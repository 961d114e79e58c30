import { useStore } from '../store';
import { PathForm } from './PathForm';
import { PickFileActions } from './PickFileActions';
import { RecentProjects } from './RecentProjects';

export function StartScreen() {
  const canPickFiles = useStore((s) => s.hostInfo?.canPickFiles ?? false);
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">Open or create a project</h1>
      <p className="start-lede">A project is one <code>.qualia</code> file holding your documents, codes and coders.</p>
      {canPickFiles ? <PickFileActions /> : <PathForm />}
      <RecentProjects />
    </section>
  );
}
