import { useId, useMemo, useState } from 'react';
import type { Code } from '../../../shared/api/schemas';
import { descendantIds } from '../../coding/codeTree';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';

/** Merge this code into another: its codings (and sub-codes) move there, then it is removed. */
export function MergeCodeForm({ code, onMerged }: { code: Code; onMerged(targetId: string): void }) {
  const codes = useStore((s) => s.codes);
  const mergeCode = useStore((s) => s.mergeCode);
  const [targetId, setTargetId] = useState('');
  const [sure, setSure] = useState(false);
  const id = useId();
  const targets = useMemo(() => {
    const inside = descendantIds(codes, code.id);
    return codes.filter((c) => c.id !== code.id && !inside.has(c.id));
  }, [codes, code.id]);
  const target = targets.find((c) => c.id === targetId);

  return (
    <div className="merge-form">
      <label htmlFor={id}>Merge into</label>
      <select id={id} value={targetId} onChange={(e) => (setTargetId(e.target.value), setSure(false))}>
        <option value="">Choose a code…</option>
        {targets.map((c) => (
          <option key={c.id} value={c.id}>
            {c.path}
          </option>
        ))}
      </select>
      {target && !sure && (
        <button type="button" className="pane-action" onClick={() => setSure(true)}>
          Merge…
        </button>
      )}
      {target && sure && (
        <p className="merge-confirm">
          Merge '{code.name}' into '{target.name}'? Its {countOf(code.excerpts, 'coding')} move to '{target.name}' and '{code.name}' is removed.{' '}
          <button
            type="button"
            className="pane-action primary"
            onClick={async () => {
              if ((await mergeCode(code.id, target.id)) !== undefined) onMerged(target.id);
            }}
          >
            Merge
          </button>{' '}
          <button type="button" className="pane-action" onClick={() => setSure(false)}>
            Cancel
          </button>
        </p>
      )}
    </div>
  );
}
