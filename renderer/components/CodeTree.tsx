import { useId, useMemo } from 'react';
import type { Code } from '../../shared/api/schemas';
import { formatCount } from '../format/numbers';
import { useStore } from '../store';

/** Children by parent id; the codebook arrives parents-first and in position order. */
function childrenOf(codes: Code[]): Map<string | null, Code[]> {
  const known = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, Code[]>();
  for (const code of codes) {
    // An orphan (parent missing from the list) is shown at the top rather than dropped.
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    map.set(parent, [...(map.get(parent) ?? []), code]);
  }
  return map;
}

function CodeBranch({ parent, tree }: { parent: string | null; tree: Map<string | null, Code[]> }) {
  const codes = tree.get(parent);
  if (!codes) return null;
  return (
    <ul className={parent === null ? 'code-tree' : 'code-branch'}>
      {codes.map((code) => (
        <li key={code.id}>
          <span className="code-row" title={code.definition || code.path}>
            <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
            <span className="code-name">{code.name}</span>
            <span className="code-count" aria-label={`${formatCount(code.excerpts)} excerpts`}>
              {formatCount(code.excerpts)}
            </span>
          </span>
          <CodeBranch parent={code.id} tree={tree} />
        </li>
      ))}
    </ul>
  );
}

/** Read-only for now; editing, drag to re-parent and favourites come with the codebook view. */
export function CodeTree() {
  const codes = useStore((s) => s.codes);
  const tree = useMemo(() => childrenOf(codes), [codes]);
  const titleId = useId();
  return (
    <section className="codes" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane-title">
        Codes
      </h2>
      {codes.length === 0 ? <p className="empty">No codes yet.</p> : <CodeBranch parent={null} tree={tree} />}
    </section>
  );
}
