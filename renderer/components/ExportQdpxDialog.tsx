import { type FormEvent, useId, useRef, useState } from 'react';
import { countOf } from '../format/numbers';
import { useStore } from '../store';
import type { QdpxExportReport } from '../store/extrasSlice';
import { ChooseFileButton } from './ChooseFileButton';
import { FormDialog } from './FormDialog';
import './extras.css';

type Phase = 'choose' | 'exporting' | 'done';

/** Beside the project file, same name: what a researcher would pick in a save dialog. */
export const suggestedQdpxPath = (projectPath: string) => projectPath.replace(/\.qualia$/i, '') + '.qdpx';

/** The report in Qualia's words, with the REFI-QDA element each became. */
export function exportedItems(r: QdpxExportReport): string[] {
  return [
    countOf(r.documents, 'document'),
    countOf(r.codes, 'code'),
    `${countOf(r.selections, 'excerpt')} (selections) with ${countOf(r.codings, 'coding')}`,
    `${countOf(r.notes, 'memo')} (notes)`,
    countOf(r.cases, 'case'),
    `${countOf(r.variables, 'descriptor field')} (variables)`,
    `${countOf(r.sets, 'theme')} (sets)`,
    `${countOf(r.users, 'coder')} (users)`,
  ];
}

/**
 * Export the open project as a REFI-QDA project file for NVivo, ATLAS.ti, MAXQDA or
 * QualCoder. The path is prefilled beside the project file and can be typed; on the
 * desktop "Choose…" opens a save dialog. Nothing in the project changes.
 */
export function ExportQdpxDialog({ projectPath, onClose }: { projectPath: string; onClose(): void }) {
  const exportQdpx = useStore((s) => s.exportQdpx);
  const [path, setPath] = useState(() => suggestedQdpxPath(projectPath));
  const [phase, setPhase] = useState<Phase>('choose');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<QdpxExportReport | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { path: useId(), form: useId(), error: useId() };

  const run = async (e?: FormEvent) => {
    e?.preventDefault();
    if (phase === 'exporting') return;
    const target = path.trim();
    if (!target) {
      setError('Type where to save the .qdpx file first.');
      input.current?.focus();
      return;
    }
    setError(null);
    setPhase('exporting');
    const result = await exportQdpx(target);
    if (result.ok) {
      setReport(result.value);
      setPhase('done');
    } else {
      setError(result.error);
      setPhase('choose');
    }
  };

  return (
    <FormDialog
      title="Export REFI-QDA"
      intro={
        <>
          Save the whole project — documents, codebook, every coder's codings, cases, memos and themes — as a REFI-QDA project file (.qdpx) that NVivo, ATLAS.ti,
          MAXQDA and QualCoder can import. Speaker turns are not part of the standard and stay in Qualia.
        </>
      }
      step={phase}
      busy={phase === 'exporting'}
      done={phase === 'done'}
      formId={ids.form}
      action="Export"
      error={error}
      errorId={ids.error}
      onClose={onClose}
    >
      {phase !== 'done' && (
        <form id={ids.form} className="merge-source" onSubmit={(e) => void run(e)} noValidate>
          <label htmlFor={ids.path}>Save as (a .qdpx file on this computer)</label>
          <input
            id={ids.path}
            ref={input}
            type="text"
            data-autofocus
            value={path}
            onChange={(e) => setPath(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.error}
            disabled={phase === 'exporting'}
          />
          <ChooseFileButton mode="create" kind="qdpx" label="Choose where to save the .qdpx" disabled={phase === 'exporting'} onPicked={setPath} onError={setError} />
        </form>
      )}
      {phase === 'exporting' && <p className="muted">Exporting…</p>}
      {report && (
        <div className="merge-report" data-testid="qdpx-report" role="status">
          <h3>Exported</h3>
          <p className="mono" data-testid="qdpx-path">
            {report.path}
          </p>
          <ul className="merge-added" data-testid="qdpx-counts">
            {exportedItems(report).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
    </FormDialog>
  );
}
