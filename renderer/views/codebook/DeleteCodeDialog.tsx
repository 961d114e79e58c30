import { useEffect, useId, useRef, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';

/** "Delete 'X'? 12 excerpts and 2 sub-codes will be removed." — asked before anything goes. */
export function deleteMessage(name: string, impact: { excerpts: number; descendants: number }): string {
  const parts = [impact.excerpts ? countOf(impact.excerpts, 'excerpt') : '', impact.descendants ? countOf(impact.descendants, 'sub-code') : ''].filter(Boolean);
  return parts.length ? `Delete '${name}'? ${parts.join(' and ')} will be removed.` : `Delete '${name}'? Nothing is coded with it.`;
}

export function DeleteCodeDialog({ code, onClose, onDeleted }: { code: Code; onClose(): void; onDeleted(): void }) {
  const codeImpact = useStore((s) => s.codeImpact);
  const deleteCode = useStore((s) => s.deleteCode);
  const [impact, setImpact] = useState<{ excerpts: number; descendants: number } | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    let live = true;
    void codeImpact(code.id).then((i) => live && i && setImpact(i));
    cancel.current?.focus();
    return () => {
      live = false;
    };
  }, [code.id, codeImpact]);

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal cb-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId}>
        <div className="modal-header">
          <h2 id={titleId}>Delete code</h2>
        </div>
        <p id={bodyId} className="cb-dialog-body">
          {impact ? deleteMessage(code.name, impact) : `Counting what '${code.name}' would take with it…`}
          {impact && <span className="muted"> You can undo this.</span>}
        </p>
        <div className="modal-footer">
          <span className="topbar-spacer" />
          <button type="button" ref={cancel} onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="coding-danger-fill"
            disabled={!impact}
            onClick={async () => {
              if (await deleteCode(code.id)) onDeleted();
              onClose();
            }}
          >
            Delete
          </button>
        </div>
      </div>
    </div>
  );
}
