import type { DragEvent } from 'react';
import type { Code } from '../../../shared/api/schemas';

/** The drag payload: a code's id under our own type, so other drops are ignored. */
export const CODE_MIME = 'application/x-qualia-code';

export function dragCode(e: DragEvent, code: Code): void {
  e.dataTransfer.setData(CODE_MIME, code.id);
  e.dataTransfer.setData('text/plain', code.path);
  // Dropping on a theme adds the code; it stays wherever it came from.
  e.dataTransfer.effectAllowed = 'copy';
}

export const carriesCode = (e: DragEvent) => e.dataTransfer.types.includes(CODE_MIME);

/** A code as a coloured chip: draggable onto a theme, optionally removable. */
export function CodeChip({ code, onRemove, removeLabel }: { code: Code; onRemove?: () => void; removeLabel?: string }) {
  return (
    <span className="code-chip" draggable onDragStart={(e) => dragCode(e, code)} title={code.definition ? `${code.path}\n\n${code.definition}` : code.path} data-testid="code-chip">
      <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
      <span className="code-chip-name">{code.name}</span>
      {onRemove && (
        <button type="button" className="chip-remove" aria-label={removeLabel ?? `Remove ${code.path}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
