import type { MouseEvent } from 'react';
import type { DocumentDetail } from '../../shared/api/schemas';
import { paragraphAround } from '../../shared/text/extend';
import { isBlindHidden } from '../coding/blind';
import type { ReaderRow } from '../reader/rows';
import { useStore } from '../store';

/** The codable text of a row: a turn without its "Speaker:" label (and any timestamp before it). */
function turnRange(row: ReaderRow): { start: number; end: number } | null {
  const text = row.spans.filter((s) => !s.gap);
  const body = row.speaker ? text.at(-1) : text[0];
  return body ? { start: body.start, end: text.at(-1)!.end } : null;
}

export function ReaderToolbar({ doc, row }: { doc: DocumentDetail; row: ReaderRow | undefined }) {
  const snap = useStore((s) => s.snapToWords);
  const setSnap = useStore((s) => s.setSnapToWords);
  const openPicker = useStore((s) => s.openPicker);
  const notice = useStore((s) => s.excerptsNotice);
  const hidden = useStore((s) => isBlindHidden(s.projectSettings));
  const count = useStore((s) => s.excerpts.length);

  const code = (kind: 'turn' | 'paragraph') => (e: MouseEvent<HTMLButtonElement>) => {
    const turn = row && turnRange(row);
    if (!turn) return;
    const range = kind === 'turn' ? turn : paragraphAround(doc.text, { start: turn.start, end: turn.start });
    const box = e.currentTarget.getBoundingClientRect();
    openPicker({ range, anchor: { x: box.left + 24, y: box.bottom, top: box.top }, excerptId: null });
  };

  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Coding">
      <label className="toggle">
        <input type="checkbox" checked={snap} onChange={(e) => setSnap(e.target.checked)} /> Snap to words
      </label>
      <button type="button" className="pane-action" disabled={!row?.speaker} onClick={code('turn')} title="Code the current speaker turn (Alt+↑/↓ moves between turns)">
        Code this turn
      </button>
      <button type="button" className="pane-action" disabled={!row} onClick={code('paragraph')} title="Code the current paragraph">
        Code this paragraph
      </button>
      <span className="toolbar-note">
        {notice ?? (
          <>
            {count} excerpt{count === 1 ? '' : 's'}
            {hidden ? ' · blind: only your own codings are shown' : ''} · select text to code it
          </>
        )}
      </span>
    </div>
  );
}
