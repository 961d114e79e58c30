import { type DragEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { type DropPlace, dropTarget, type MoveOp, type MoveTarget, moveTarget, visibleNodes } from '../../coding/codeTree';
import { formatCount } from '../../format/numbers';

interface Props {
  codes: Code[];
  selectedId: string | null;
  collapsed: ReadonlySet<string>;
  onSelect(id: string): void;
  onToggle(id: string, open: boolean): void;
  onMove(id: string, target: MoveTarget): void;
  onRename(id: string): void;
  onDelete(id: string): void;
}

const moveKeys: Record<string, MoveOp> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };

/**
 * The codebook as an ARIA tree: arrows move and open/close, Alt+arrows move the code
 * (up, down, indent, outdent), F2 renames, Delete deletes; drag a code onto another
 * to nest it, or onto the top or bottom edge of a row to put it before or after.
 */
export function CodebookTree({ codes, selectedId, collapsed, onSelect, onToggle, onMove, onRename, onDelete }: Props) {
  const nodes = useMemo(() => visibleNodes(codes, collapsed), [codes, collapsed]);
  const items = useRef(new Map<string, HTMLLIElement>());
  const dragged = useRef<string | null>(null);
  const [over, setOver] = useState<{ id: string; place: DropPlace } | null>(null);
  // After a move the row is re-inserted (which blurs it): focus it again once the new tree arrives.
  const refocus = useRef<{ id: string; codes: Code[] } | null>(null);
  const tabStop = nodes.some((n) => n.code.id === selectedId) ? selectedId : (nodes[0]?.code.id ?? null);

  useEffect(() => {
    if (!refocus.current || refocus.current.codes === codes) return;
    items.current.get(refocus.current.id)?.focus();
    refocus.current = null;
  }, [codes]);

  const go = (id: string | undefined) => {
    if (!id) return;
    onSelect(id);
    items.current.get(id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const node = nodes[index]!;
    const id = node.code.id;
    if (e.altKey && moveKeys[e.key]) {
      e.preventDefault();
      const target = moveTarget(codes, id, moveKeys[e.key]!);
      if (target) {
        if (target.parentId) onToggle(target.parentId, true);
        refocus.current = { id, codes };
        onMove(id, target);
      }
      return;
    }
    const open = node.hasChildren && !collapsed.has(id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(nodes[index + 1]?.code.id),
      ArrowUp: () => go(nodes[index - 1]?.code.id),
      Home: () => go(nodes[0]?.code.id),
      End: () => go(nodes.at(-1)?.code.id),
      ArrowRight: () => (node.hasChildren && !open ? onToggle(id, true) : open ? go(nodes[index + 1]?.code.id) : undefined),
      ArrowLeft: () => (open ? onToggle(id, false) : go(node.code.parentId ?? undefined)),
      F2: () => onRename(id),
      Enter: () => onRename(id),
      Delete: () => onDelete(id),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const placeOf = (e: DragEvent<HTMLElement>): DropPlace => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.height === 0) return 'inside';
    const y = (e.clientY - box.top) / box.height;
    return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
  };
  const onDragOver = (e: DragEvent<HTMLElement>, id: string) => {
    e.stopPropagation();
    const source = dragged.current;
    const place = placeOf(e);
    if (!source || !dropTarget(codes, source, id, place)) return setOver(null);
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (over?.id !== id || over.place !== place) setOver({ id, place });
  };
  const onDrop = (e: DragEvent<HTMLElement>, id: string) => {
    e.preventDefault();
    e.stopPropagation();
    const source = dragged.current ?? e.dataTransfer.getData('text/plain');
    const target = source ? dropTarget(codes, source, id, placeOf(e)) : null;
    setOver(null);
    dragged.current = null;
    if (source && target) {
      if (target.parentId) onToggle(target.parentId, true);
      onMove(source, target);
    }
  };

  if (codes.length === 0) return <p className="empty">No codes yet. Add the first one with “New code”.</p>;
  return (
    <ul role="tree" aria-label="Codebook" className="cb-tree">
      {nodes.map((node, index) => {
        const { code, depth, hasChildren } = node;
        const drop = over?.id === code.id ? ` drop-${over.place}` : '';
        return (
          <li
            key={code.id}
            ref={(el) => {
              if (el) items.current.set(code.id, el);
              else items.current.delete(code.id);
            }}
            role="treeitem"
            aria-level={depth + 1}
            aria-selected={code.id === selectedId}
            aria-expanded={hasChildren ? !collapsed.has(code.id) : undefined}
            tabIndex={code.id === tabStop ? 0 : -1}
            className={`cb-item${drop}`}
            style={{ paddingInlineStart: `${0.4 + depth * 1.1}rem` }}
            draggable
            data-testid="codebook-item"
            onClick={() => go(code.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
            onDragStart={(e) => {
              dragged.current = code.id;
              e.dataTransfer.setData('text/plain', code.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => ((dragged.current = null), setOver(null))}
            onDragOver={(e) => onDragOver(e, code.id)}
            onDragLeave={() => over?.id === code.id && setOver(null)}
            onDrop={(e) => onDrop(e, code.id)}
          >
            <span
              className="cb-twisty"
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                if (hasChildren) onToggle(code.id, collapsed.has(code.id));
              }}
            >
              {hasChildren ? (collapsed.has(code.id) ? '▸' : '▾') : ''}
            </span>
            <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
            <span className="code-name">{code.name}</span>
            {code.weight && (
              <span className="badge" title="Has a weight scale">
                ±
              </span>
            )}
            <span className="code-count" aria-label={`${formatCount(code.excerpts)} excerpts`}>
              {formatCount(code.excerpts)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
