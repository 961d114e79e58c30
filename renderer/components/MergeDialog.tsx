import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import type { MergeReport } from '../store/extrasSlice';
import { useDialogFocus } from './import/useDialogFocus';
import { MergeReportView } from './MergeReport';
import { FormDialogFooter } from './FormDialogFooter';
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
  const pickCopy = useStore((s) => s.pickCopy);
  const mergeCopy = useStore((s) => s.mergeCopy);
  const [path, setPath] = useState('');
  const [phase, setPhase] = useState<Phase>('choose');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ file: string; report: MergeReport } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), intro: useId(), path: useId(), form: useId(), error: useId() };
  // A merge in flight cannot be called back: Escape waits for it.
  const onEscape = useCallback(() => phase !== 'merging' && onClose(), [phase, onClose]);
  useDialogFocus(ref, onEscape, phase);

  const choose = async () => {
    setError(null);
    const picked = await pickCopy();
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
    <div className="modal-backdrop">
      <div ref={ref} className="modal merge-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={ids.intro} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>Merge a copy</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={phase === 'merging'}>
            ✕
          </button>
        </div>
        <div className="modal-body">
          <p id={ids.intro}>
            Bring a coder's copy of this project into it. Items are matched by their ID (documents by their text): what the copy has that this project lacks is added,
            and nothing here is overwritten.
          </p>
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
          {error && (
            <p id={ids.error} className="error-text" role="alert">
              {error}
            </p>
          )}
          {phase === 'merging' && <p className="muted">Merging {fileName(path)}…</p>}
          {done && <MergeReportView file={done.file} report={done.report} />}
        </div>
        <FormDialogFooter formId={ids.form} action="Merge" busy={phase === 'merging'} done={phase === 'done'} onClose={onClose} actionDisabled={canPick && !path} />
      </div>
    </div>
  );
}
