import { countOf } from '../../format/numbers';
import { useStore } from '../../store';
import { isDuplicate, isImportable } from '../../import/items';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportSettingsBar } from './ImportSettingsBar';
import { ImportSummary } from './ImportSummary';
import { PreviewTable } from './PreviewTable';

/** Choose → preview (with overrides) → import with progress → summary. */
export function TranscriptsTab() {
  const phase = useStore((s) => s.importPhase);
  if (phase === 'choose') return <DropZone />;
  if (phase === 'importing') return <ImportProgress />;
  if (phase === 'done') return <ImportSummary />;
  return (
    <>
      <ImportSettingsBar />
      {phase === 'reading' && <ImportProgress />}
      <div className="import-table-wrap">
        <PreviewTable />
      </div>
      {phase === 'preview' && <DropZone compact />}
    </>
  );
}

/** The footer's main action for the transcripts tab. */
export function TranscriptsAction() {
  const phase = useStore((s) => s.importPhase);
  const items = useStore((s) => s.importItems);
  const start = useStore((s) => s.startImport);
  const close = useStore((s) => s.closeImport);
  if (phase === 'done') {
    return (
      <button type="button" className="primary" onClick={close} data-step-focus="">
        Done
      </button>
    );
  }
  if (phase !== 'preview') return null;
  const ready = items.filter(isImportable).length;
  const duplicates = items.filter((it) => !isImportable(it) && isDuplicate(it)).length;
  const broken = items.length - ready - duplicates;
  const notes = [duplicates && `${countOf(duplicates, 'duplicate')} skipped`, broken && `${countOf(broken, 'file')} with errors left out`].filter(Boolean);
  return (
    <>
      {notes.length > 0 && <span className="footer-note">{notes.join(' · ')}</span>}
      <button type="button" className="primary" disabled={ready === 0} onClick={() => void start()} data-step-focus="">
        Import {countOf(ready, 'file')}
      </button>
    </>
  );
}
