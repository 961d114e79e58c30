import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import type { CodebookExportReport, CodebookImportReport } from '../store/extrasSlice';
import { ChooseFileButton } from './ChooseFileButton';
import { FormDialogFooter } from './FormDialogFooter';
import { useDialogFocus } from './import/useDialogFocus';
import './extras.css';

type Phase = 'choose' | 'running' | 'done';
type Report = { kind: 'import'; value: CodebookImportReport } | { kind: 'export'; value: CodebookExportReport };

const list = (items: string[], max = 12) => (items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', '));

/**
 * Import or export the codebook as a file on this computer: CSV
 * (path,definition,colour,weight_min,weight_max) or REFI-QDA .qdc, chosen by the
 * file's extension — the same files as `qualia codebook import|export`. An import is
 * one undo step.
 */
export function CodebookFileDialog({ mode, onClose }: { mode: 'import' | 'export'; onClose(): void }) {
  const importFile = useStore((s) => s.importCodebookFile);
  const exportFile = useStore((s) => s.exportCodebookFile);
  const [path, setPath] = useState('');
  const [phase, setPhase] = useState<Phase>('choose');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), intro: useId(), path: useId(), form: useId(), error: useId() };
  const onEscape = useCallback(() => phase !== 'running' && onClose(), [phase, onClose]);
  useDialogFocus(ref, onEscape, phase);
  const title = mode === 'import' ? 'Import a codebook' : 'Export the codebook';

  const run = async (e?: FormEvent) => {
    e?.preventDefault();
    if (phase === 'running') return;
    const target = path.trim();
    if (!target) {
      setError('Type the path of a .qdc or .csv file first.');
      input.current?.focus();
      return;
    }
    setError(null);
    setPhase('running');
    const result = mode === 'import' ? await importFile(target) : await exportFile(target);
    if (!result.ok) {
      setError(result.error);
      setPhase('choose');
      return;
    }
    setReport(mode === 'import' ? { kind: 'import', value: result.value as CodebookImportReport } : { kind: 'export', value: result.value as CodebookExportReport });
    setPhase('done');
  };

  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal merge-dialog" role="dialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={ids.intro} tabIndex={-1}>
        <div className="modal-header">
          <h2 id={ids.title}>{title}</h2>
          <span className="topbar-spacer" />
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={phase === 'running'}>
            ✕
          </button>
        </div>
        <div className="modal-body">
          <p id={ids.intro}>
            {mode === 'import'
              ? 'Add codes from a REFI-QDA codebook (.qdc, from NVivo, ATLAS.ti, MAXQDA…) or a codebook CSV. Codes already here are updated, not duplicated; code groups in a .qdc become themes. You can undo it.'
              : 'Save the code tree with definitions and colours as a REFI-QDA codebook (.qdc) for other tools, or as CSV (path, definition, colour, weight scale).'}
          </p>
          {phase !== 'done' && (
            <form id={ids.form} className="merge-source" onSubmit={(e) => void run(e)} noValidate>
              <label htmlFor={ids.path}>{mode === 'import' ? 'Codebook file (.qdc or .csv) on this computer' : 'Save as (.qdc or .csv)'}</label>
              <input
                id={ids.path}
                ref={input}
                type="text"
                data-autofocus
                value={path}
                onChange={(e) => setPath(e.target.value)}
                placeholder="/home/you/codebook.qdc"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={ids.error}
                disabled={phase === 'running'}
              />
              <ChooseFileButton
                mode={mode === 'import' ? 'open' : 'create'}
                kind="codebook"
                label={mode === 'import' ? 'Choose the codebook file' : 'Choose where to save the codebook'}
                disabled={phase === 'running'}
                onPicked={setPath}
                onError={setError}
              />
            </form>
          )}
          {error && (
            <p id={ids.error} className="error-text" role="alert">
              {error}
            </p>
          )}
          {report?.kind === 'import' && (
            <div className="merge-report" data-testid="codebook-file-report">
              <h3>Imported ({report.value.format === 'qdc' ? 'REFI-QDA codebook' : 'CSV'})</h3>
              <ul className="merge-added">
                <li>{report.value.created.length} code(s) added{report.value.created.length ? `: ${list(report.value.created)}` : ''}</li>
                <li>{report.value.updated.length} code(s) updated{report.value.updated.length ? `: ${list(report.value.updated)}` : ''}</li>
                {report.value.themesCreated.length > 0 && <li>{report.value.themesCreated.length} theme(s) added: {list(report.value.themesCreated)}</li>}
                {report.value.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {report?.kind === 'export' && (
            <div className="merge-report" data-testid="codebook-file-report">
              <h3>Exported</h3>
              <p className="mono">{report.value.path}</p>
              <p>
                {report.value.codes} code(s) as {report.value.format === 'qdc' ? 'a REFI-QDA codebook' : 'CSV'}
              </p>
            </div>
          )}
        </div>
        <FormDialogFooter formId={ids.form} action={mode === 'import' ? 'Import' : 'Export'} busy={phase === 'running'} done={phase === 'done'} onClose={onClose} />
      </div>
    </div>
  );
}
