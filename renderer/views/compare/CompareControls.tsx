import { type FormEvent, useId } from 'react';
import { useStore } from '../../store';
import { type CompareUnit, distinctCoders } from '../../store/compareSlice';
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
  const distinct = distinctCoders(query);
  const overlapValid = query.minOverlap > 0 && query.minOverlap <= 1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (distinct && overlapValid) void compute();
  };
  // Coders C, D, …: the first person not chosen yet joins; each can be taken out again.
  const chosen = new Set([query.coderA, query.coderB, ...query.extra]);
  const nextCoder = people.find((c) => !chosen.has(c.id));
  const letter = (i: number) => (i < 24 ? String.fromCharCode(67 + i) : String(i + 3));
  const setExtra = (i: number, id: string | null) =>
    setQuery({ extra: id === null ? query.extra.filter((_, j) => j !== i) : query.extra.map((x, j) => (j === i ? id : x)) });
  const options = people.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
  // Labels sit beside their fields (not around them) so each field's name is just the label.
  const coderSelect = (which: 'coderA' | 'coderB', label: string) => (
    <div className="cmp-field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select id={`${id}-${which}`} value={query[which] ?? ''} onChange={(e) => setQuery({ [which]: e.target.value })}>
        {options}
      </select>
    </div>
  );

  return (
    <form className="cmp-controls" onSubmit={submit} aria-label="Comparison">
      {coderSelect('coderA', 'Coder A')}
      {coderSelect('coderB', 'Coder B')}
      {query.extra.map((coder, i) => (
        <div className="cmp-field cmp-extra" key={i}>
          <label htmlFor={`${id}-extra-${i}`}>Coder {letter(i)}</label>
          <span className="cmp-extra-pick">
            <select id={`${id}-extra-${i}`} value={coder} onChange={(e) => setExtra(i, e.target.value)}>
              {options}
            </select>
            <button type="button" className="cmp-remove" aria-label={`Remove coder ${letter(i)}`} title="Leave this coder out" onClick={() => setExtra(i, null)}>
              ×
            </button>
          </span>
        </div>
      ))}
      {people.length > 2 && (
        <button
          type="button"
          className="cmp-add-coder"
          disabled={!nextCoder}
          title={nextCoder ? 'Compare three or more coders at once: Fleiss κ and α per code, at the character level' : 'Every coder is already included'}
          onClick={() => nextCoder && setQuery({ extra: [...query.extra, nextCoder.id] })}
        >
          + Add coder
        </button>
      )}
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
      <button type="submit" className="primary" disabled={computing || !distinct || !overlapValid}>
        {computing ? 'Computing…' : 'Compute'}
      </button>
      {same && <span className="cmp-hint">Choose two different coders.</span>}
      {!same && !distinct && <span className="cmp-hint">Choose each coder once.</span>}
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
