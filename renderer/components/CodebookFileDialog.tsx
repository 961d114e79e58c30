import { type FormEvent, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import type { CodebookExportReport, CodebookImportReport } from '../store/extrasSlice';
import { ChooseFileButton } from './ChooseFileButton';
import { FormDialog } from './FormDialog';
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
  const input = useRef<HTMLInputElement>(null);
  const ids = { path: useId(), form: useId(), error: useId() };
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
    <FormDialog
      title={title}
      intro={
        mode === 'import'
          ? 'Add codes from a REFI-QDA codebook (.qdc, from NVivo, ATLAS.ti, MAXQDA…) or a codebook CSV. Codes already here are updated, not duplicated; code groups in a .qdc become themes. You can undo it.'
          : 'Save the code tree with definitions and colours as a REFI-QDA codebook (.qdc) for other tools, or as CSV (path, definition, colour, weight scale).'
      }
      step={phase}
      busy={phase === 'running'}
      done={phase === 'done'}
      formId={ids.form}
      action={mode === 'import' ? 'Import' : 'Export'}
      error={error}
      errorId={ids.error}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
