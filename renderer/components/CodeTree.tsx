import { useId, useMemo } from 'react';
import type { Code } from '../../shared/api/schemas';
import { childrenOf, shortcutCodes } from '../coding/codeTree';
import { formatCount } from '../format/numbers';
import { useStore } from '../store';

function CodeBranch({ parent, tree, keys }: { parent: string | null; tree: Map<string | null, Code[]>; keys: Map<string, number> }) {
  const codes = tree.get(parent);
  if (!codes) return null;
  return (
    <ul className={parent === null ? 'code-tree' : 'code-branch'}>
      {codes.map((code) => (
        <li key={code.id}>
          <span className="code-row" title={code.definition || code.path}>
            <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" />
            <span className="code-name">{code.name}</span>
            {keys.has(code.id) && (
              <kbd className="code-key" title={`Press ${keys.get(code.id)} to apply`}>
                {keys.get(code.id)}
              </kbd>
            )}
            <span className="code-count" aria-label={`${formatCount(code.excerpts)} excerpts`}>
              {formatCount(code.excerpts)}
            </span>
          </span>
          <CodeBranch parent={code.id} tree={tree} keys={keys} />
        </li>
      ))}
    </ul>
  );
}

/** The codebook beside the transcript: colours, live counts and the 1–9 shortcut keys. Editing is in the Codebook view. */
export function CodeTree() {
  const codes = useStore((s) => s.codes);
  const tree = useMemo(() => childrenOf(codes), [codes]);
  const keys = useMemo(() => new Map(shortcutCodes(codes).map((c, i) => [c.id, i + 1])), [codes]);
  const titleId = useId();
  return (
    <section className="codes" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane-title">
        Codes
      </h2>
      {codes.length === 0 ? <p className="empty">No codes yet.</p> : <CodeBranch parent={null} tree={tree} keys={keys} />}
    </section>
  );
}
