import { useStore } from '../store';

/** Undo and redo in the top bar; their titles name the step ("Undo: apply 'Mentoring' to 3 lines"). */
export function UndoButtons() {
  const { undo, redo } = useStore((s) => s.undoState);
  const doUndo = useStore((s) => s.undo);
  const doRedo = useStore((s) => s.redo);
  return (
    <span className="undo-buttons">
      <button type="button" className="icon-button" aria-label="Undo" title={undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo'} aria-keyshortcuts="Control+Z Meta+Z" disabled={!undo} onClick={() => void doUndo()}>
        ↶
      </button>
      <button type="button" className="icon-button" aria-label="Redo" title={redo ? `Redo: ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" disabled={!redo} onClick={() => void doRedo()}>
        ↷
      </button>
    </span>
  );
}

/** The status bar's end: the next undo step, or what an undo/redo just did. */
export function UndoStatus() {
  const undo = useStore((s) => s.undoState.undo);
  const notice = useStore((s) => s.editNotice);
  if (!undo && !notice) return null;
  return (
    <span className="status-undo" data-testid="undo-status">
      {notice ? `${notice}${undo ? ` · Undo: ${undo}` : ''}` : `Undo: ${undo}`}
    </span>
  );
}
