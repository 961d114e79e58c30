import { useId } from 'react';
import { useStore } from '../../store';

/** Reading or importing a batch: how far, which file, and a Cancel that stops after it. */
export function ImportProgress() {
  const progress = useStore((s) => s.importProgress);
  const phase = useStore((s) => s.importPhase);
  const cancelling = useStore((s) => s.importCancelling);
  const cancel = useStore((s) => s.cancelImport);
  const labelId = useId();
  if (!progress) return null;
  const verb = phase === 'importing' ? 'Imported' : 'Read';

  return (
    <div className="import-progress" data-testid="import-progress">
      <p id={labelId} className="progress-label">
        {verb} {progress.done} of {progress.total} {progress.total === 1 ? 'file' : 'files'}
      </p>
      <progress aria-labelledby={labelId} max={Math.max(progress.total, 1)} value={progress.done} />
      <p className="muted" aria-live="polite">
        {cancelling ? 'Stopping after the current file…' : progress.current ? `Now: ${progress.current}` : ' '}
      </p>
      <button type="button" onClick={cancel} disabled={cancelling} data-step-focus="">
        Cancel
      </button>
    </div>
  );
}
