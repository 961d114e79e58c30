// The codebook as a tree: children by parent, and the (parentId, position) a move
// asks codes.move for. Positions are indexes among the new siblings with the moved
// code taken out first, which is how the server places it.
import type { Code } from '../../shared/api/schemas';

/** Children by parent id; the codebook arrives parents-first and in position order. */
export function childrenOf(codes: Code[]): Map<string | null, Code[]> {
  const known = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, Code[]>();
  for (const code of codes) {
    // An orphan (parent missing from the list) is shown at the top rather than dropped.
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    map.set(parent, [...(map.get(parent) ?? []), code]);
  }
  return map;
}

export interface TreeNode {
  code: Code;
  depth: number;
  hasChildren: boolean;
}

/** Depth-first rows, skipping the children of collapsed codes. */
export function visibleNodes(codes: Code[], collapsed: ReadonlySet<string> = new Set()): TreeNode[] {
  const tree = childrenOf(codes);
  const out: TreeNode[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const code of tree.get(parent) ?? []) {
      const hasChildren = (tree.get(code.id)?.length ?? 0) > 0;
      out.push({ code, depth, hasChildren });
      if (hasChildren && !collapsed.has(code.id)) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function descendantIds(codes: Code[], id: string): Set<string> {
  const tree = childrenOf(codes);
  const out = new Set<string>();
  const walk = (at: string) => {
    for (const c of tree.get(at) ?? []) {
      out.add(c.id);
      walk(c.id);
    }
  };
  walk(id);
  return out;
}

/** The codes number keys 1–9 apply: the first nine in tree order. */
export const shortcutCodes = (codes: Code[]): Code[] => codes.slice(0, 9);

export interface MoveTarget {
  parentId: string | null;
  position: number;
}

export type MoveOp = 'up' | 'down' | 'indent' | 'outdent';

export function moveTarget(codes: Code[], id: string, op: MoveOp): MoveTarget | null {
  const code = codes.find((c) => c.id === id);
  if (!code) return null;
  const tree = childrenOf(codes);
  const siblings = tree.get(code.parentId) ?? [];
  const index = siblings.findIndex((c) => c.id === id);
  switch (op) {
    case 'up':
      return index > 0 ? { parentId: code.parentId, position: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { parentId: code.parentId, position: index + 1 } : null;
    case 'indent': {
      const above = siblings[index - 1];
      return above ? { parentId: above.id, position: tree.get(above.id)?.length ?? 0 } : null;
    }
    case 'outdent': {
      const parent = codes.find((c) => c.id === code.parentId);
      if (!parent) return null;
      const uncles = tree.get(parent.parentId) ?? [];
      return { parentId: parent.parentId, position: uncles.findIndex((c) => c.id === parent.id) + 1 };
    }
  }
}

export type DropPlace = 'before' | 'after' | 'inside';

/** Where dropping `sourceId` on `targetId` puts it; null when that would put a code inside itself. */
export function dropTarget(codes: Code[], sourceId: string, targetId: string, place: DropPlace): MoveTarget | null {
  if (sourceId === targetId || descendantIds(codes, sourceId).has(targetId)) return null;
  const target = codes.find((c) => c.id === targetId);
  if (!target) return null;
  const tree = childrenOf(codes);
  if (place === 'inside') {
    const kids = (tree.get(targetId) ?? []).filter((c) => c.id !== sourceId);
    return { parentId: targetId, position: kids.length };
  }
  const siblings = (tree.get(target.parentId) ?? []).filter((c) => c.id !== sourceId);
  const index = siblings.findIndex((c) => c.id === targetId);
  return { parentId: target.parentId, position: place === 'before' ? index : index + 1 };
}
