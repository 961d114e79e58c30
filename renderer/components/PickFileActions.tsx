import { useStore } from '../store';

/** Desktop host: native dialogs choose the file, so no path typing. */
export function PickFileActions() {
  const busy = useStore((s) => s.busy);
  const pickAndCreate = useStore((s) => s.pickAndCreate);
  const pickAndOpen = useStore((s) => s.pickAndOpen);
  return (
    <div className="start-actions">
      <button type="button" className="primary" disabled={busy} onClick={() => void pickAndOpen()}>
        Open project…
      </button>
      <button type="button" disabled={busy} onClick={() => void pickAndCreate()}>
        Create project…
      </button>
    </div>
  );
}
