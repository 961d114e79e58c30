import { type DragEvent, useId, useState } from 'react';
import { useStore } from '../../store';

export const TRANSCRIPT_TYPES = '.txt,.md,.docx,.vtt,.srt';

/** Drag files onto it, or choose them; either way they are read and previewed at once. */
export function DropZone({ compact = false }: { compact?: boolean }) {
  const addFiles = useStore((s) => s.addImportFiles);
  const busy = useStore((s) => s.importPhase === 'reading' || s.importPhase === 'importing');
  const [over, setOver] = useState(false);
  const inputId = useId();

  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length) void addFiles(files);
  };
  const onDrag = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    setOver(!busy);
  };

  return (
    <div
      className={`drop-zone${compact ? ' compact' : ''}${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!busy) take(e.dataTransfer.files);
      }}
    >
      <span>{compact ? 'Drop more files here, or' : 'Drop transcripts here, or'}</span>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept={TRANSCRIPT_TYPES}
        disabled={busy}
        data-autofocus=""
        onChange={(e) => {
          take(e.currentTarget.files);
          // Choosing the same file again must fire change again.
          e.currentTarget.value = '';
        }}
      />
      <label htmlFor={inputId} className="button-like">
        Choose files
      </label>
      {!compact && <span className="muted">.txt, .md, .docx, .vtt or .srt — as many as you like</span>}
    </div>
  );
}
