// The DOM Range over stored offsets [start, end) inside an element whose text pieces
// carry data-start/data-end (the inverse of selection.ts), for measuring where an
// excerpt's lines are.
export function domRange(root: HTMLElement, start: number, end: number): Range | null {
  const pieces = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  const at = (offset: number, isEnd: boolean): [Node, number] | null => {
    for (const p of pieces) {
      const [s, e] = [Number(p.dataset.start), Number(p.dataset.end)];
      const inside = isEnd ? offset > s && offset <= e : offset >= s && offset < e;
      if (inside && p.firstChild) return [p.firstChild, offset - s];
    }
    return null;
  };
  const from = at(start, false);
  const to = at(end, true);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  try {
    range.setStart(...from);
    range.setEnd(...to);
  } catch {
    return null;
  }
  return range;
}

/** Top and height (px, relative to `box`) of the lines a range covers, or null without layout. */
export function verticalExtent(range: Range, box: HTMLElement): { top: number; height: number } | null {
  if (typeof range.getClientRects !== 'function') return null;
  const rects = [...range.getClientRects()].filter((r) => r.height > 0);
  if (rects.length === 0) return null;
  const base = box.getBoundingClientRect().top;
  const top = Math.min(...rects.map((r) => r.top)) - base;
  const bottom = Math.max(...rects.map((r) => r.bottom)) - base;
  return { top, height: Math.max(2, bottom - top) };
}
