// The decision bar: who decides, a note, the five outcomes (with their keys), the
// range editor for "edit", and undo. Decisions go to the consensus layer only.
import type { RefObject } from 'react';
import type { Coder, Disagreement } from '../../../shared/api/schemas';
import type { Outcome } from '../../store/compareSlice';
import { EditRange } from './EditRange';
import { outcomeHelp } from './help';
import type { Span } from './passage';
import type { Decider } from './useDecider';

interface Props {
  d: Disagreement;
  text: string | undefined;
  aName: string;
  bName: string;
  people: Coder[];
  decider: Decider;
  note: string;
  onNote(note: string): void;
  noteRef: RefObject<HTMLInputElement | null>;
  editing: Span | null;
  onEditing(span: Span): void;
  /** Open the range editor, or close it without saving. */
  onToggleEdit(): void;
  busy: boolean;
  undoLabel: string | null;
  onUndo(): void;
  onDecide(outcome: Outcome): void;
}

export const OUTCOME_KEYS: { outcome: Outcome; digit: string; letter: string; label: string }[] = [
  { outcome: 'accept_a', digit: '1', letter: 'A', label: 'Accept A' },
  { outcome: 'accept_b', digit: '2', letter: 'B', label: 'Accept B' },
  { outcome: 'union', digit: '3', letter: 'U', label: 'Union' },
  { outcome: 'edit', digit: '4', letter: 'E', label: 'Edit…' },
  { outcome: 'skip', digit: '5', letter: 'S', label: 'Skip' },
];

export function DecisionBar(props: Props) {
  const { d, text, aName, bName, people, decider, note, editing, busy, undoLabel } = props;
  const sub: Partial<Record<Outcome, string>> = { accept_a: aName, accept_b: bName, union: 'both', skip: 'uncoded' };
  return (
    <div className="cmp-decision" role="group" aria-label="Decision" data-testid="decision-bar">
      <div className="cmp-decision-row">
        {decider.active ? (
          <p className="cmp-field cmp-decider" title="Decisions are recorded under the active coder; switch coders in the top bar.">
            <span>Deciding as</span>
            <strong data-testid="decider">{people.find((c) => c.id === decider.id)?.name}</strong>
          </p>
        ) : (
          <label className="cmp-field">
            <span>Deciding as</span>
            <select value={decider.id ?? ''} onChange={(e) => decider.choose(e.target.value)}>
              {people.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="cmp-field cmp-note">
          <span>
            Note <kbd>N</kbd>
          </span>
          <input ref={props.noteRef} type="text" value={note} placeholder="Why this decision (optional)" onChange={(e) => props.onNote(e.target.value)} />
        </label>
        <button type="button" className="cmp-undo" disabled={!undoLabel || busy} onClick={props.onUndo} title="Undo the last change (Ctrl+Z here)">
          {undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'}
        </button>
      </div>
      <div className="cmp-decision-row">
        {OUTCOME_KEYS.map((o) => (
          <button
            key={o.outcome}
            type="button"
            className={`cmp-outcome${d.decision?.outcome === o.outcome ? ' is-chosen' : ''}`}
            disabled={busy}
            aria-keyshortcuts={`${o.digit} ${o.letter}`}
            aria-pressed={o.outcome === 'edit' ? editing !== null : undefined}
            title={`${outcomeHelp(o.outcome, aName, bName)} (key ${o.digit} or ${o.letter})`}
            onClick={() => (o.outcome === 'edit' ? props.onToggleEdit() : props.onDecide(o.outcome))}
          >
            <kbd>{o.digit}</kbd> {o.label}
            {sub[o.outcome] && <span className="cmp-sub">{sub[o.outcome]}</span>}
          </button>
        ))}
      </div>
      {editing && text !== undefined && (
        <EditRange d={d} text={text} value={editing} busy={busy} onChange={props.onEditing} onSave={() => props.onDecide('edit')} onCancel={props.onToggleEdit} />
      )}
    </div>
  );
}
