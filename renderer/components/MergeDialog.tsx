import { type FormEvent, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import type { MergeReport } from '../store/extrasSlice';
import { MergeReportView } from './MergeReport';
import { FormDialog } from './FormDialog';
import './extras.css';

type Phase = 'choose' | 'merging' | 'done';
const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

/**
 * Merge a coder's copy into the open project: choose the copy (a native dialog on
 * the desktop, a typed path in the browser), merge, then read what came in and
 * what conflicted. The merge is one undoable step.
 */
export function MergeDialog({ onClose }: { onClose(): void }) {
  const canPick = useStore((s) => s.hostInfo?.canPickFiles ?? false);
  const pickPath = useStore((s) => s.pickPath);
  const mergeCopy = useStore((s) => s.mergeCopy);
  const [path, setPath] = useState('');
  const [phase, setPhase] = useState<Phase>('choose');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ file: string; report: MergeReport } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { path: useId(), form: useId(), error: useId() };

  const choose = async () => {
    setError(null);
    const picked = await pickPath('open', 'project');
    if (!picked.ok) setError(picked.error);
    else if (picked.value !== null) setPath(picked.value);
  };

  const merge = async (e?: FormEvent) => {
    e?.preventDefault();
    const source = path.trim();
    if (phase === 'merging') return;
    if (!source) {
      setError(canPick ? 'Choose the copy to merge first.' : 'Type the path of the copy (a .qualia file) first.');
      input.current?.focus();
      return;
    }
    setError(null);
    setPhase('merging');
    const result = await mergeCopy(source);
    if (result.ok) {
      setDone({ file: fileName(source), report: result.value });
      setPhase('done');
    } else {
      setError(result.error);
      setPhase('choose');
    }
  };

  return (
    <FormDialog
      title="Merge a copy"
      intro={
        <>
          Bring a coder's copy of this project into it. Items are matched by their ID (documents by their text): what the copy has that this project lacks is added,
          and nothing here is overwritten.
        </>
      }
      step={phase}
      busy={phase === 'merging'}
      done={phase === 'done'}
      formId={ids.form}
      action="Merge"
      actionDisabled={canPick && !path}
      error={error}
      errorId={ids.error}
      onClose={onClose}
    >
      {phase !== 'done' && (
        <form id={ids.form} className="merge-source" onSubmit={(e) => void merge(e)} noValidate>
          {canPick ? (
            <>
              <button type="button" data-autofocus onClick={() => void choose()} disabled={phase === 'merging'}>
                Choose file…
              </button>
              <span className="mono" data-testid="merge-path">
                {path || <span className="muted">No file chosen</span>}
              </span>
            </>
          ) : (
            <>
              <label htmlFor={ids.path}>Path of the copy (a .qualia file on this computer)</label>
              <input
                id={ids.path}
                ref={input}
                type="text"
                data-autofocus
                value={path}
                onChange={(e) => setPath(e.target.value)}
                placeholder="/home/you/study-carla.qualia"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={ids.error}
                disabled={phase === 'merging'}
              />
            </>
          )}
        </form>
      )}
      {phase === 'merging' && <p className="muted">Merging {fileName(path)}…</p>}
      {done && <MergeReportView file={done.file} report={done.report} />}
    </FormDialog>
  );
}
