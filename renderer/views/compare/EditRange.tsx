import { useMemo } from 'react';
import type { Disagreement } from '../../../shared/api/schemas';
import { formatCount } from '../../format/numbers';
import { type Span, stepBoundary, wordBoundaries } from './passage';

interface Props {
  d: Disagreement;
  text: string;
  value: Span;
  busy: boolean;
  onChange(span: Span): void;
  onSave(): void;
  onCancel(): void;
}

export const validEdit = (d: Pick<Disagreement, 'start' | 'end'>, s: Span) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= d.start && s.end <= d.end && s.start < s.end;

/** Redraw the consensus boundaries inside the stretch, word by word or by offset. */
export function EditRange({ d, text, value, busy, onChange, onSave, onCancel }: Props) {
  const starts = useMemo(() => wordBoundaries(text, d.start, d.end, 'start'), [text, d.start, d.end]);
  const ends = useMemo(() => wordBoundaries(text, d.start, d.end, 'end'), [text, d.start, d.end]);
  const valid = validEdit(d, value);
  const move = (which: 'start' | 'end', dir: 1 | -1) => {
    const from = Number.isNaN(value[which]) ? (which === 'start' ? d.start : d.end) : value[which];
    const next = stepBoundary(which === 'start' ? starts : ends, from, dir);
    const span = { ...value, [which]: next };
    if (span.start < span.end) onChange(span);
  };
  const number = (which: 'start' | 'end', label: string) => (
    <label className="cmp-edit-field">
      <span>{label}</span>
      <input
        type="number"
        min={d.start}
        max={d.end}
        step={1}
        // An emptied field is NaN until retyped: invalid, and nothing is saved.
        value={Number.isNaN(value[which]) ? '' : value[which]}
        aria-invalid={!valid}
        onChange={(e) => onChange({ ...value, [which]: e.target.value === '' ? NaN : Math.trunc(Number(e.target.value)) })}
      />
    </label>
  );
  const stepper = (which: 'start' | 'end', name: string) => (
    <span className="cmp-steppers">
      <button type="button" className="icon-button" aria-label={`${name} one word earlier`} title={`${name} one word earlier`} onClick={() => move(which, -1)}>
        ◀
      </button>
      <span className="cmp-sub" aria-hidden="true">
        word
      </span>
      <button type="button" className="icon-button" aria-label={`${name} one word later`} title={`${name} one word later`} onClick={() => move(which, 1)}>
        ▶
      </button>
    </span>
  );

  return (
    <fieldset
      className="cmp-edit"
      data-testid="edit-range"
      onKeyDown={(e) => {
        const inField = (e.target as HTMLElement).tagName === 'INPUT';
        if (e.key === 'Enter' && inField && valid) {
          e.preventDefault();
          e.stopPropagation();
          onSave();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <legend>
        Consensus range — offsets within {formatCount(d.start)}–{formatCount(d.end)}
      </legend>
      {number('start', 'Start')}
      {stepper('start', 'Start')}
      {number('end', 'End')}
      {stepper('end', 'End')}
      <button type="button" className="primary" disabled={!valid || busy} onClick={onSave}>
        Save edit
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {!valid && (
        <span className="error-text" role="alert">
          The range must lie inside the stretch and must not be empty.
        </span>
      )}
    </fieldset>
  );
}
