import { useEffect, useId, useState } from 'react';
import { useStore } from '../../store';
import { CodeLabel } from './CodeLabel';
import type { Pair } from './CooccurrenceTab';

const nameOf = (path: string) => path.split(' > ').at(-1) ?? path;

/** A clicked co-occurrence cell: the two codes, and a theme built from them. */
export function PairTheme({ pair, onClose }: { pair: Pair; onClose(): void }) {
  const codes = useStore((s) => s.codes);
  const createTheme = useStore((s) => s.createTheme);
  const same = pair.a === pair.b;
  const suggested = same ? nameOf(pair.a) : `${nameOf(pair.a)} & ${nameOf(pair.b)}`;
  const [name, setName] = useState(suggested);
  const [created, setCreated] = useState<string | null>(null);
  const nameId = useId();
  useEffect(() => {
    setName(suggested);
    setCreated(null);
  }, [suggested]);

  const ids = [...new Set([pair.a, pair.b])].map((p) => codes.find((c) => c.path === p)?.id).filter((id): id is string => Boolean(id));
  async function create() {
    const theme = await createTheme({ name: name.trim(), codeIds: ids });
    if (theme) setCreated(theme.name);
  }

  return (
    <aside className="analysis-side" aria-label="Code pair">
      <div className="side-head">
        <h2 className="side-title">{same ? 'One code' : 'Two codes'}</h2>
        <button type="button" className="icon-button" aria-label="Close code pair" onClick={onClose}>
          ×
        </button>
      </div>
      <ul className="pair-codes">
        <li>
          <CodeLabel path={pair.a} full />
        </li>
        {!same && (
          <li>
            <CodeLabel path={pair.b} full />
          </li>
        )}
      </ul>
      <p className="side-summary">
        {same ? `${pair.n} excerpts carry this code.` : `${pair.n} pairs of codings ${pair.n === 1 ? 'co-occurs' : 'co-occur'}.`}
      </p>
      <form
        className="pair-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && ids.length) void create();
        }}
      >
        <label htmlFor={nameId}>Theme name</label>
        <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={300} />
        <button type="submit" className="primary" disabled={!name.trim() || !ids.length}>
          {same ? 'Create theme from this code' : 'Create theme from these two codes'}
        </button>
      </form>
      {created && (
        <p role="status" className="side-summary">
          Created theme “{created}”. Open Themes to describe it and pick its quotes.
        </p>
      )}
    </aside>
  );
}
