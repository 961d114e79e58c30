// Mapping a DOM selection in the reader to UTF-16 offsets of the stored text. Every
// text piece the reader draws carries data-start/data-end and holds exactly
// text.slice(start, end), so a point inside a text node maps by simple addition;
// points on elements (or in the speaker gutter) map to the nearest piece after them.

const PIECE = '[data-start]';

function pieceOf(node: Node, root: HTMLElement): HTMLElement | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = el?.closest<HTMLElement>(PIECE) ?? null;
  return piece && root.contains(piece) ? piece : null;
}

const bounds = (el: HTMLElement) => ({ start: Number(el.dataset.start), end: Number(el.dataset.end) });

export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const piece = node.nodeType === Node.TEXT_NODE ? pieceOf(node, root) : null;
  if (piece) {
    const { start, end } = bounds(piece);
    return Math.min(start + offset, end);
  }
  // An element boundary, or text outside any piece: take the first piece at or after the point.
  const point = root.ownerDocument.createRange();
  try {
    point.setStart(node, offset);
  } catch {
    return null;
  }
  const pieces = [...root.querySelectorAll<HTMLElement>(PIECE)];
  if (pieces.length === 0) return null;
  for (const p of pieces) if (point.comparePoint(p, 0) >= 0) return bounds(p).start;
  return bounds(pieces.at(-1)!).end;
}

/** The selection's half-open range in the stored text, or null when it is empty or outside the reader. */
export function rangeToOffsets(root: HTMLElement, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  const inRoot = (n: Node, o: number, atEnd: boolean): [Node, number] =>
    root.contains(n) ? [n, o] : atEnd ? [root, root.childNodes.length] : [root, 0];
  const start = pointToOffset(root, ...inRoot(range.startContainer, range.startOffset, false));
  const end = pointToOffset(root, ...inRoot(range.endContainer, range.endOffset, true));
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
