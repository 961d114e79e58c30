import { type FormEvent, type KeyboardEvent, useCallback, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import { useDialogFocus } from './import/useDialogFocus';
import { ChooseFileButton } from './ChooseFileButton';
import { FormDialogFooter } from './FormDialogFooter';
import './extras.css';
import './qdpxImport.css';

type Phase = 'choose' | 'importing';
const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

/** The new project beside the file it comes from: study.qdpx → study.qualia. */
export const suggestedProjectPath = (sourcePath: string) => `${sourcePath.replace(/\.(qdpx|qde)$/i, '')}.qualia`;

/**
 * Import a REFI-QDA project (from NVivo, ATLAS.ti, MAXQDA, QualCoder…) as a new
 * project. Both paths can be typed; on the desktop "Choose…" opens the native
 * dialogs. On success the new project opens and the App shows the
 * report (it must outlive this dialog, which the start screen takes away).
 */
export function ImportQdpxDialog({ onClose }: { onClose(): void }) {
  const importQdpx = useStore((s) => s.importQdpx);
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [phase, setPhase] = useState<Phase>('choose');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const sourceInput = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), intro: useId(), source: useId(), target: useId(), form: useId(), error: useId() };
  // An import in flight cannot be called back: Escape waits for it.
  const onEscape = useCallback(() => phase !== 'importing' && onClose(), [phase, onClose]);
  useDialogFocus(ref, onEscape, phase);

  const run = async (e?: FormEvent) => {
    e?.preventDefault();
    if (phase === 'importing') return;
    const from = source.trim();
    const to = target.trim() || (from ? suggestedProjectPath(from) : '');
    if (!from) {
      setError('Type the path of the REFI-QDA file (.qdpx) first.');
      sourceInput.current?.focus();
      return;
    }
    setError(null);
    setPhase('importing');
    const result = await importQdpx(from, to);
    if (result.ok) onClose();
    else {
      setError(result.error);
      setPhase('choose');
    }
  };

  // Two fields and the submit button in the footer: Enter in either field imports, in every browser.
  const submitOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void run();
  };

  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal merge-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={ids.intro} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>Import REFI-QDA project</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={phase === 'importing'}>
            ✕
          </button>
        </div>
        <div className="modal-body">
          <p id={ids.intro}>
            Make a new Qualia project from a REFI-QDA project file (.qdpx) exported by NVivo, ATLAS.ti, MAXQDA, QualCoder or Qualia: its documents, codebook,
            coders' codings, cases, memos and code groups. The file you import is not changed, and no existing project is overwritten.
          </p>
          <form id={ids.form} className="merge-source qdpx-import-form" onSubmit={(e) => void run(e)} noValidate>
            <label htmlFor={ids.source}>REFI-QDA file (.qdpx) on this computer</label>
            <input
              id={ids.source}
              ref={sourceInput}
              type="text"
              data-autofocus
              value={source}
              onChange={(e) => setSource(e.target.value)}
              onKeyDown={submitOnEnter}
              placeholder="/home/you/study.qdpx"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={ids.error}
              disabled={phase === 'importing'}
            />
            <ChooseFileButton mode="open" kind="qdpx" label="Choose the REFI-QDA file" disabled={phase === 'importing'} onPicked={setSource} onError={setError} />
            <label htmlFor={ids.target}>New project file (.qualia)</label>
            <input
              id={ids.target}
              type="text"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              onKeyDown={submitOnEnter}
              placeholder={source.trim() ? suggestedProjectPath(source.trim()) : 'Beside the .qdpx, same name'}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={ids.error}
              disabled={phase === 'importing'}
            />
            <ChooseFileButton mode="create" kind="project" label="Choose the new project file" disabled={phase === 'importing'} onPicked={setTarget} onError={setError} />
          </form>
          {error && (
            <p id={ids.error} className="error-text" role="alert">
              {error}
            </p>
          )}
          {phase === 'importing' && <p className="muted">Importing {fileName(source)}…</p>}
        </div>
        <FormDialogFooter formId={ids.form} action="Import" busy={phase === 'importing'} done={false} onClose={onClose} />
      </div>
    </div>
  );
}
