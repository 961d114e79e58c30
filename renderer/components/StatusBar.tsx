import { UndoStatus } from '../coding/UndoButtons';
import { countOf } from '../format/numbers';
import { useStore } from '../store';

export function StatusBar() {
  const counts = useStore((s) => s.project?.counts);
  if (!counts) return null;
  return (
    <footer className="statusbar">
      {/* Every change is its own SQLite transaction, so an open project is always saved. */}
      <span>Saved</span>
      <span aria-hidden="true"> · </span>
      <span>{countOf(counts.documents, 'document')}</span>
      <span aria-hidden="true"> · </span>
      <span>{countOf(counts.excerpts, 'excerpt')}</span>
      <span aria-hidden="true"> · </span>
      <span>{countOf(counts.coders, 'coder')}</span>
      <UndoStatus />
    </footer>
  );
}
