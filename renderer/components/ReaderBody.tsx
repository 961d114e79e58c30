import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../shared/api/schemas';
import { shortcutCodes } from '../coding/codeTree';
import { excerptTitle } from '../coding/describe';
import { assignLanes, rowExtent, stripesByRow } from '../coding/lanes';
import { type Mark, marksWithin } from '../coding/marks';
import { readSelection, selectionAnchor } from '../coding/readSelection';
import type { ReaderRow as Row } from '../reader/rows';
import { useStore } from '../store';
import { ReaderRow } from './ReaderRow';

interface Props {
  doc: DocumentDetail;
  rows: Row[];
  titleId: string;
  currentRow: number;
  onCurrentRow(index: number): void;
}

const rowOf = (rows: Row[], offset: number) =>
  Math.max(0, rows.findIndex((r) => {
    const x = rowExtent(r);
    return x !== null && offset < x.end;
  }));

/**
 * The transcript, windowed by row with @tanstack/react-virtual so a 500-page
 * transcript scrolls smoothly. Without layout (a hidden pane, print, jsdom) there is
 * nothing to window by, so every row is drawn.
 */
export function ReaderBody({ doc, rows, titleId, currentRow, onCurrentRow }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [laidOut, setLaidOut] = useState(true);
  const excerpts = useStore((s) => s.excerpts);
  const codes = useStore((s) => s.codes);
  const coders = useStore((s) => s.coders);
  const selectedExcerptId = useStore((s) => s.selectedExcerptId);
  const picker = useStore((s) => s.picker);
  const jump = useStore((s) => s.readerJump);
  const snap = useStore((s) => s.snapToWords);
  const selectExcerpt = useStore((s) => s.selectExcerpt);
  const openPicker = useStore((s) => s.openPicker);
  const setExcerptCode = useStore((s) => s.setExcerptCode);
  const applyCodes = useStore((s) => s.applyCodes);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 110,
    overscan: 8,
    getItemKey: (i) => rows[i]!.key,
  });

  useLayoutEffect(() => setLaidOut((scrollRef.current?.clientHeight ?? 0) > 0), []);

  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const stripes = useMemo(() => {
    // An excerpt's stripes and names follow codebook order, whatever order they were applied in.
    const rank = new Map(codes.map((c, i) => [c.id, i]));
    const byRank = (a: { codeId: string }, b: { codeId: string }) => (rank.get(a.codeId) ?? 1e9) - (rank.get(b.codeId) ?? 1e9);
    const ordered = excerpts.map((e) => ({ ...e, codes: [...e.codes].sort(byRank) }));
    const { lanes } = assignLanes(ordered);
    return stripesByRow(rows, ordered, lanes, (e) => excerptTitle(e, codesById, coders), codesById);
  }, [rows, excerpts, codes, codesById, coders]);
  const laneCount = useMemo(() => Math.max(1, assignLanes(excerpts).count), [excerpts]);

  const marks = useMemo(() => {
    const out: Mark[] = [];
    const selected = excerpts.find((e) => e.id === selectedExcerptId);
    if (selected) out.push({ start: selected.start, end: selected.end, kind: 'selected' });
    if (jump?.documentId === doc.id) out.push({ start: jump.start, end: jump.end, kind: 'hit' });
    if (picker && !picker.excerptId) out.push({ ...picker.range, kind: 'pending' });
    return out;
  }, [excerpts, selectedExcerptId, jump, picker, doc.id]);

  const scrollToRow = useCallback(
    (index: number, align: 'center' | 'auto') => {
      if (laidOut) virtualizer.scrollToIndex(index, { align });
      else scrollRef.current?.querySelector(`[data-row-index="${index}"]`)?.scrollIntoView?.({ block: 'nearest' });
    },
    [laidOut, virtualizer],
  );

  // A search hit in this document: bring its row to the middle, once per jump.
  const jumped = useRef(0);
  useEffect(() => {
    if (jump?.documentId !== doc.id || jumped.current === jump.seq) return;
    jumped.current = jump.seq;
    const index = rowOf(rows, jump.start);
    onCurrentRow(index);
    scrollToRow(index, 'center');
  }, [jump, doc.id, rows, scrollToRow, onCurrentRow]);

  // An excerpt chosen elsewhere (the inspector's list) scrolls into view; one clicked here is already in view.
  const selectedStart = excerpts.find((e) => e.id === selectedExcerptId)?.start;
  useEffect(() => {
    if (selectedStart === undefined) return;
    const index = rowOf(rows, selectedStart);
    const pane = scrollRef.current?.getBoundingClientRect();
    const row = scrollRef.current?.querySelector(`[data-row-index="${index}"]`)?.getBoundingClientRect();
    if (!(pane && row && row.bottom > pane.top && row.top < pane.bottom)) scrollToRow(index, 'auto');
  }, [selectedStart, rows, scrollToRow]);

  const offerPicker = (x?: number) => {
    const el = scrollRef.current;
    const range = el && readSelection(el, doc.text, snap);
    if (!range) return false;
    onCurrentRow(rowOf(rows, range.start));
    openPicker({ range, anchor: selectionAnchor(x), excerptId: null });
    return true;
  };

  const onMouseDown = (e: MouseEvent) => {
    const index = (e.target as HTMLElement).closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex;
    if (index !== undefined) onCurrentRow(Number(index));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, currentRow + (e.key === 'ArrowDown' ? 1 : -1)));
      onCurrentRow(next);
      scrollToRow(next, 'auto');
    } else if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const code = shortcutCodes(codes)[Number(e.key) - 1];
      if (!code) return;
      e.preventDefault();
      const el = scrollRef.current;
      const range = el && readSelection(el, doc.text, snap);
      if (range) {
        // The number key is the whole picker: open it on the range and apply at once.
        openPicker({ range, anchor: selectionAnchor(), excerptId: null });
        void applyCodes([{ codeId: code.id, weight: null }]);
      } else if (selectedExcerptId) void setExcerptCode(selectedExcerptId, code.id, null);
    } else if (e.key === 'Enter') {
      if (offerPicker()) e.preventDefault();
    } else if (e.key === 'Escape' && selectedExcerptId) {
      selectExcerpt(null);
    }
  };

  const items = laidOut ? virtualizer.getVirtualItems() : null;
  const renderRow = (index: number) => {
    const row = rows[index]!;
    const extent = rowExtent(row);
    return (
      <ReaderRow
        row={row}
        index={index}
        text={doc.text}
        stripes={stripes.get(row.key) ?? []}
        marks={marksWithin(marks, extent?.start ?? 0, extent?.end ?? 0)}
        current={index === currentRow}
        selectedExcerptId={selectedExcerptId}
        onStripe={selectExcerpt}
      />
    );
  };

  return (
    <div
      ref={scrollRef}
      className="reader"
      data-testid="reader"
      tabIndex={0}
      aria-labelledby={titleId}
      aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp Enter 1 2 3 4 5 6 7 8 9"
      style={{ ['--lanes' as string]: laneCount }}
      onMouseDown={onMouseDown}
      onMouseUp={(e) => offerPicker(e.clientX)}
      onKeyDown={onKeyDown}
    >
      {items ? (
        <div className="reader-window" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => (
            <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="reader-slot" style={{ transform: `translateY(${v.start}px)` }}>
              {renderRow(v.index)}
            </div>
          ))}
        </div>
      ) : (
        rows.map((row, i) => <div key={row.key}>{renderRow(i)}</div>)
      )}
    </div>
  );
}
