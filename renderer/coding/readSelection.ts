// The reader's current DOM selection as a stored-text range, snapped to whole words
// unless the coder turned that off.
import { snapToWords } from '../../shared/text/snap';
import { rangeToOffsets } from './selection';

export function readSelection(root: HTMLElement, text: string, snap: boolean): { start: number; end: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = rangeToOffsets(root, selection.getRangeAt(0));
  if (!range) return null;
  const out = snap ? snapToWords(text, range.start, range.end) : range;
  return out.end > out.start ? out : null;
}

/** Where a picker opens for the current selection: below its last line (or above its first), at `x` or its end. */
export function selectionAnchor(x?: number): { x: number; y: number; top?: number } {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const rects = range && typeof range.getClientRects === 'function' ? [...range.getClientRects()].filter((r) => r.height > 0) : [];
  if (rects.length === 0) return { x: x ?? window.innerWidth / 2, y: window.innerHeight / 3 };
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { x: x ?? rects.at(-1)!.right, y: bottom, top };
}

export function clearSelection(): void {
  document.getSelection()?.removeAllRanges();
}
