import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { domRange, verticalExtent } from '../coding/domRange';
import type { Stripe } from '../coding/lanes';
import { type Mark, markSpans } from '../coding/marks';
import type { ReaderRow as Row } from '../reader/rows';

interface Props {
  row: Row;
  index: number;
  text: string;
  stripes: Stripe[];
  marks: Mark[];
  current: boolean;
  selectedExcerptId: string | null;
  onStripe(excerptId: string): void;
}

type Geometry = Record<string, { top: number; height: number }>;

function sameGeometry(a: Geometry, b: Geometry): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k]?.top === b[k]!.top && a[k]?.height === b[k]!.height);
}

/**
 * One speaker turn or paragraph. Text pieces carry their stored offsets so a
 * selection maps back to the document text without re-deriving layout; excerpt
 * stripes in the right margin cover exactly the lines their excerpt spans.
 */
export const ReaderRow = memo(function ReaderRow({ row, index, text, stripes, marks, current, selectedExcerptId, onStripe }: Props) {
  const pieces = useMemo(() => markSpans(row.spans, marks), [row.spans, marks]);
  const textRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [geometry, setGeometry] = useState<Geometry>({});

  useLayoutEffect(() => {
    const textEl = textRef.current;
    const box = boxRef.current;
    if (!textEl || !box || stripes.length === 0) return;
    const measure = () => {
      const next: Geometry = {};
      for (const s of stripes) {
        const range = domRange(textEl, s.start, s.end);
        const extent = range && verticalExtent(range, box);
        if (extent) next[s.key] = extent;
      }
      // The resize observer calls this once on observing and again on every re-wrap: an
      // unchanged measure must not re-render the row (scrolling mounts a dozen rows at once).
      setGeometry((prev) => (sameGeometry(prev, next) ? prev : next));
    };
    measure();
    // Re-wrapping (a narrower window) moves the lines an excerpt covers.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(textEl);
    return () => observer?.disconnect();
  }, [stripes, pieces]);

  const classes = ['turn', row.speaker ? '' : 'paragraph', current ? 'current' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes} data-segment={row.key} data-row-index={index}>
      <div className="turn-speaker" data-gutter="">
        {row.speaker}
      </div>
      <div className="turn-text" ref={textRef}>
        {pieces.map((p) => (
          <span
            key={p.start}
            data-start={p.start}
            data-end={p.end}
            className={[p.gap ? 'gap' : '', ...p.marks.map((m) => `mark-${m}`)].filter(Boolean).join(' ') || undefined}
          >
            {text.slice(p.start, p.end)}
          </span>
        ))}
      </div>
      <div className="turn-stripes" ref={boxRef}>
        {stripes.map((s) => {
          const g = geometry[s.key];
          return (
            <span
              key={s.key}
              className={s.excerptId === selectedExcerptId ? 'stripe selected' : 'stripe'}
              data-testid="stripe"
              data-excerpt={s.excerptId}
              data-code={s.codeId}
              title={s.title}
              style={{
                backgroundColor: s.colour,
                insetInlineStart: `${s.lane * 7}px`,
                top: g ? `${g.top}px` : 0,
                height: g ? `${g.height}px` : '100%',
              }}
              onClick={() => onStripe(s.excerptId)}
            />
          );
        })}
      </div>
    </div>
  );
});
