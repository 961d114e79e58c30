import { memo } from 'react';
import type { ReaderRow as Row } from '../reader/rows';

/**
 * One speaker turn or paragraph. Spans carry their stored offsets so a later
 * selection can be mapped back to the document text without re-deriving layout.
 */
export const ReaderRow = memo(function ReaderRow({ row, text }: { row: Row; text: string }) {
  return (
    <div className={row.speaker ? 'turn' : 'turn paragraph'} data-segment={row.key}>
      <div className="turn-speaker" data-gutter="">
        {row.speaker}
      </div>
      <div className="turn-text">
        {row.spans.map((span) => (
          <span key={span.start} data-start={span.start} data-end={span.end} className={span.gap ? 'gap' : undefined}>
            {text.slice(span.start, span.end)}
          </span>
        ))}
      </div>
    </div>
  );
});
