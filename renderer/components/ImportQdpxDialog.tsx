import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import { ChooseFileButton } from './ChooseFileButton';
import { FormDialog } from './FormDialog';
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
  const sourceInput = useRef<HTMLInputElement>(null);
  const ids = { source: useId(), target: useId(), form: useId(), error: useId() };

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
    <FormDialog
      title="Import REFI-QDA project"
      intro={
        <>
          Make a new Qualia project from a REFI-QDA project file (.qdpx) exported by NVivo, ATLAS.ti, MAXQDA, QualCoder or Qualia: its documents, codebook,
          coders' codings, cases, memos and code groups. The file you import is not changed, and no existing project is overwritten.
        </>
      }
      step={phase}
      busy={phase === 'importing'}
      done={false}
      formId={ids.form}
      action="Import"
      error={error}
      errorId={ids.error}
      onClose={onClose}
    >
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
      {phase === 'importing' && <p className="muted">Importing {fileName(source)}…</p>}
    </FormDialog>
  );
}
