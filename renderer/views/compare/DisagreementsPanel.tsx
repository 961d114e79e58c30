// The disagreements on one code: a list to step through, the current one side by
// side, and the decision bar. Keys work while focus is anywhere in the panel
// except a text field: J/K or ↓/↑ move, 1–5 or A/B/U/E/S decide, N goes to the note.
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';
import type { Outcome } from '../../store/compareSlice';
import { colourOf, useComparedCoders } from './coders';
import { DecisionBar, OUTCOME_KEYS } from './DecisionBar';
import { DisagreementList } from './DisagreementList';
import { validEdit } from './EditRange';
import { kindLabel } from './help';
import type { Span } from './passage';
import { SideBySide } from './SideBySide';
import { useDecider } from './useDecider';

const isField = (el: EventTarget) => el instanceof HTMLElement && el.closest('input, textarea, select, [contenteditable="true"]') !== null;

export function DisagreementsPanel() {
  const codeId = useStore((s) => s.compareCodeId);
  const codes = useStore((s) => s.compareCodes);
  const list = useStore((s) => s.disagreements);
  const index = useStore((s) => s.disagreementIndex);
  const loading = useStore((s) => s.disagreementsLoading);
  const docs = useStore((s) => s.compareDocs);
  const consensusExcerpts = useStore((s) => s.consensusExcerpts);
  const coders = useStore((s) => s.compareCoders);
  const undoLabel = useStore((s) => s.compareUndo.undo);
  const busy = useStore((s) => s.compareDeciding);
  const step = useStore((s) => s.stepDisagreement);
  const goto = useStore((s) => s.gotoDisagreement);
  const decide = useStore((s) => s.decideDisagreement);
  const acceptAll = useStore((s) => s.acceptAllAgreements);
  const undo = useStore((s) => s.undoCompare);
  const { a, b, aName, bName } = useComparedCoders();
  const people = useMemo(() => coders.filter((c) => c.kind === 'person'), [coders]);
  const decider = useDecider(people);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<Span | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const d = list[index];
  const code = codes.find((c) => c.id === codeId);
  const consensus = coders.find((c) => c.kind === 'consensus');
  const nameOf = (id: string | null) => coders.find((c) => c.id === id)?.name ?? null;

  // A newly opened code takes focus, so its keys work at once (and it scrolls into view).
  useEffect(() => {
    const panel = panelRef.current;
    panel?.focus({ preventScroll: true });
    panel?.scrollIntoView?.({ block: 'start' });
  }, [codeId]);
  // Another disagreement starts with an empty note, out of edit mode.
  useEffect(() => {
    setNote('');
    setEditing(null);
  }, [d?.key]);
  // Stepping with the keys while on the list keeps focus on the current item.
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.dataset.testid === 'disagreement-item' && panelRef.current?.contains(active)) {
      panelRef.current.querySelector<HTMLElement>('[data-testid="disagreement-item"][aria-current="true"]')?.focus();
    }
  }, [index]);

  const consensusSpans = useMemo(() => {
    if (!d) return [];
    return (consensusExcerpts[d.documentId] ?? [])
      .filter((e) => e.codes.some((c) => c.codeId === d.codeId) && e.end > d.start && e.start < d.end)
      .map((e) => ({ start: Math.max(e.start, d.start), end: Math.min(e.end, d.end) }));
  }, [consensusExcerpts, d]);

  const refocus = () => {
    if (!panelRef.current?.contains(document.activeElement)) panelRef.current?.focus();
  };
  const startEdit = () => {
    if (!d) return;
    setEditing((open) => open ?? { start: d.start, end: d.end });
    // Let the editor render, then put the caret in its first field.
    requestAnimationFrame(() => panelRef.current?.querySelector<HTMLInputElement>('[data-testid="edit-range"] input')?.focus());
  };
  const doDecide = async (outcome: Outcome) => {
    if (!d || busy) return;
    if (outcome === 'edit' && (!editing || !validEdit(d, editing))) return;
    const ok = await decide(outcome, { decidedBy: decider.id, note, ...(outcome === 'edit' && editing ? { edited: editing } : {}) });
    if (ok) {
      setNote('');
      setEditing(null);
    }
    refocus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (isField(e.target)) {
      if (e.key === 'Escape') {
        e.preventDefault();
        panelRef.current?.focus();
      }
      return;
    }
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z') {
      // Handled here only: a window-wide undo must not run a second time.
      e.preventDefault();
      e.stopPropagation();
      if (undoLabel) void undo();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const choice = OUTCOME_KEYS.find((o) => key === o.digit || key === o.letter.toLowerCase());
    if (key === 'j' || key === 'arrowdown') step(1);
    else if (key === 'k' || key === 'arrowup') step(-1);
    else if (key === 'n') noteRef.current?.focus();
    else if (choice?.outcome === 'edit') startEdit();
    else if (choice) void doDecide(choice.outcome);
    else return;
    e.preventDefault();
  };

  const decided = list.filter((x) => x.decision).length;
  const sideA = { name: aName, colour: colourOf(a, 'a') };
  const sideB = { name: bName, colour: colourOf(b, 'b') };

  return (
    <section ref={panelRef} className="cmp-panel" tabIndex={0} aria-labelledby="cmp-panel-title" onKeyDown={onKeyDown} data-testid="disagreements-panel">
      <header className="cmp-section-head cmp-panel-head">
        <h2 id="cmp-panel-title">
          Disagreements on <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" /> {code?.path ?? 'this code'}
        </h2>
        <p className="cmp-caption" data-testid="disagreement-summary">
          {loading ? 'Loading…' : `${countOf(list.length, 'stretch', 'stretches')} · ${decided} decided`}
        </p>
        <p className="cmp-keys" aria-label="Keyboard">
          <kbd>J</kbd>/<kbd>K</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move · <kbd>1</kbd>–<kbd>5</kbd> or <kbd>A</kbd> <kbd>B</kbd> <kbd>U</kbd> <kbd>E</kbd> <kbd>S</kbd> decide ·{' '}
          <kbd>N</kbd> note · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
        </p>
        <span className="cmp-spacer" />
        <button
          type="button"
          disabled={!codeId}
          onClick={() => codeId && void acceptAll(codeId)}
          title="Copy every stretch both coders coded alike with this code into the consensus layer (undoable)."
        >
          Accept agreements on this code
        </button>
      </header>
      {!loading && list.length === 0 && (
        <p className="cmp-empty">
          No disagreements: {aName} and {bName} coded {code?.path ?? 'this code'} alike everywhere.
        </p>
      )}
      {d && (
        <div className="cmp-panel-body">
          <DisagreementList list={list} current={index} aName={aName} bName={bName} nameOf={nameOf} onPick={goto} />
          <div className="cmp-detail" data-testid="disagreement-detail">
            <p className="cmp-detail-head">
              <strong>
                {index + 1} of {list.length}
              </strong>{' '}
              · {d.documentName} · {kindLabel(d.kind, aName, bName)} ·{' '}
              <span className="cmp-sub">
                offsets {d.start}–{d.end}
              </span>
            </p>
            <SideBySide
              d={d}
              doc={docs[d.documentId]}
              a={sideA}
              b={sideB}
              consensus={consensusSpans}
              consensusColour={consensus?.colour ?? '#495057'}
              editing={editing}
              nameOf={nameOf}
            />
            <DecisionBar
              d={d}
              text={docs[d.documentId]?.text}
              aName={aName}
              bName={bName}
              people={people}
              decider={decider}
              note={note}
              onNote={setNote}
              noteRef={noteRef}
              editing={editing}
              onEditing={setEditing}
              onToggleEdit={() => {
                if (!editing) return startEdit();
                setEditing(null);
                panelRef.current?.focus();
              }}
              busy={busy}
              undoLabel={undoLabel}
              onUndo={() => void undo()}
              onDecide={(o) => void doDecide(o)}
            />
          </div>
        </div>
      )}
    </section>
  );
}
