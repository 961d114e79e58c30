import { type FormEvent, useId } from 'react';
import { useStore } from '../../store';
import type { CompareUnit } from '../../store/compareSlice';
import { MIN_OVERLAP_HELP, unitHelp } from './help';

interface Props {
  methodsOpen: boolean;
  onToggleMethods(): void;
}

/** Who to compare, at which unit; Compute, methods summary and "accept all agreements". */
export function CompareControls({ methodsOpen, onToggleMethods }: Props) {
  const coders = useStore((s) => s.compareCoders);
  const query = useStore((s) => s.compareQuery);
  const compared = useStore((s) => s.comparedQuery);
  const computing = useStore((s) => s.compareComputing);
  const setQuery = useStore((s) => s.setCompareQuery);
  const compute = useStore((s) => s.computeAgreement);
  const acceptAll = useStore((s) => s.acceptAllAgreements);
  const id = useId();
  const people = coders.filter((c) => c.kind === 'person');

  if (people.length < 2) {
    return (
      <p className="cmp-empty">
        Comparing needs two coders who coded the same documents; this project has {people.length === 1 ? 'one coder' : 'no coders'}.
      </p>
    );
  }

  const same = query.coderA !== null && query.coderA === query.coderB;
  const overlapValid = query.minOverlap > 0 && query.minOverlap <= 1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!same && overlapValid) void compute();
  };
  // Labels sit beside their fields (not around them) so each field's name is just the label.
  const coderSelect = (which: 'coderA' | 'coderB', label: string) => (
    <div className="cmp-field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select id={`${id}-${which}`} value={query[which] ?? ''} onChange={(e) => setQuery({ [which]: e.target.value })}>
        {people.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="cmp-controls" onSubmit={submit} aria-label="Comparison">
      {coderSelect('coderA', 'Coder A')}
      {coderSelect('coderB', 'Coder B')}
      <div className="cmp-field" title={unitHelp(query.unit)}>
        <label htmlFor={`${id}-unit`}>Unit</label>
        <select id={`${id}-unit`} value={query.unit} onChange={(e) => setQuery({ unit: e.target.value as CompareUnit })}>
          <option value="character">Characters</option>
          <option value="segment">Segments</option>
        </select>
      </div>
      {query.unit === 'segment' && (
        <>
          <label className="cmp-field" title={MIN_OVERLAP_HELP}>
            <span>Min. overlap</span>
            <input
              type="number"
              className="cmp-overlap"
              min={0.05}
              max={1}
              step={0.05}
              value={Number.isNaN(query.minOverlap) ? '' : query.minOverlap}
              aria-invalid={!overlapValid}
              aria-describedby={`${id}-overlap`}
              onChange={(e) => setQuery({ minOverlap: e.target.value === '' ? NaN : Number(e.target.value) })}
            />
          </label>
          <span id={`${id}-overlap`} className="visually-hidden">
            {MIN_OVERLAP_HELP}
          </span>
        </>
      )}
      <button type="submit" className="primary" disabled={computing || same || !overlapValid}>
        {computing ? 'Computing…' : 'Compute'}
      </button>
      {same && <span className="cmp-hint">Choose two different coders.</span>}
      <span className="cmp-spacer" />
      <button
        type="button"
        disabled={!compared}
        onClick={() => void acceptAll()}
        title="Copy every stretch both coders coded alike, for every code, into the consensus layer (once; undoable)."
      >
        Accept all agreements
      </button>
      <button type="button" aria-expanded={methodsOpen} disabled={!compared} onClick={onToggleMethods}>
        Methods summary
      </button>
    </form>
  );
}
