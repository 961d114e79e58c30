import { useEffect, useId, useRef, useState } from 'react';
import type { DocumentDetail } from '../../shared/api/schemas';
import { countOf } from '../format/numbers';
import { useStore } from '../store';
import type { SpeakerRow } from '../store/extrasSlice';
import './extras.css';

/** The rows after mapping all of `speaker`'s turns to one case (a speaker split over cases becomes one row). */
export function remap(rows: SpeakerRow[], speaker: string, caseId: string | null, caseName: string | null): SpeakerRow[] {
  const first = rows.findIndex((r) => r.speaker === speaker);
  if (first < 0) return rows;
  const turns = rows.filter((r) => r.speaker === speaker).reduce((n, r) => n + r.turns, 0);
  const rest = rows.filter((r, i) => r.speaker !== speaker || i === first);
  return rest.map((r) => (r.speaker === speaker ? { speaker, turns, caseId, caseName } : r));
}

export const SPEAKERS_HINT = "A participant's turns count for their case in matrices and theme reports; the interviewer's count for nobody.";

/**
 * The open document's speakers, each with its number of turns and whose words they
 * are: a case, or nobody (the interviewer). Changing one is an undoable edit.
 */
export function SpeakersPanel({ doc }: { doc: DocumentDetail }) {
  const cases = useStore((s) => s.cases.cases);
  const load = useStore((s) => s.documentSpeakers);
  const mapSpeaker = useStore((s) => s.mapSpeaker);
  // An undo or redo may change a mapping back: re-read when the undo log moves.
  const undo = useStore((s) => s.undoState.undo);
  const redo = useStore((s) => s.undoState.redo);
  const [loaded, setLoaded] = useState<{ documentId: string; rows: SpeakerRow[] } | null>(null);
  // Changes go to the server one at a time, in the order made (arrow keys on a select fire several).
  const queue = useRef<Promise<void>>(Promise.resolve());
  const titleId = useId();
  const hintId = useId();
  const baseId = useId();

  useEffect(() => {
    let live = true;
    void load(doc.id).then((rows) => live && rows && setLoaded({ documentId: doc.id, rows }));
    return () => {
      live = false;
    };
  }, [doc.id, doc.case, undo, redo, load]);

  const rows = loaded?.documentId === doc.id ? loaded.rows : [];
  if (rows.length === 0) return null;

  const change = (speaker: string, caseId: string | null) => {
    const documentId = doc.id;
    // Show the choice at once, so the select does not jump back while the server answers.
    setLoaded({ documentId, rows: remap(rows, speaker, caseId, cases.find((c) => c.id === caseId)?.name ?? null) });
    queue.current = queue.current.then(async () => {
      // Refused (reported in the banner): show what the server has instead of the choice.
      const next = (await mapSpeaker(documentId, speaker, caseId)) ?? (await load(documentId));
      if (next) setLoaded((l) => (l?.documentId === documentId ? { documentId, rows: next } : l));
    });
  };

  return (
    <section className="inspector-panel speakers-panel" aria-labelledby={titleId} aria-describedby={hintId}>
      <h2 id={titleId} className="pane-title">
        Speakers
      </h2>
      <p id={hintId} className="speakers-hint">
        {SPEAKERS_HINT}
      </p>
      <ul className="speaker-rows">
        {rows.map((r, i) => {
          const id = `${baseId}-${i}`;
          return (
            // Keyed by speaker (not case), so the select keeps focus when its case changes.
            <li key={`${r.speaker}\u0000${rows.slice(0, i).filter((x) => x.speaker === r.speaker).length}`} className="speaker-row" data-testid="speaker-row">
              <label htmlFor={id} className="speaker-name">
                {r.speaker}
              </label>
              <span id={`${id}-turns`} className="speaker-turns">
                {countOf(r.turns, 'turn')}
              </span>
              <select
                id={id}
                className="inline-edit"
                aria-describedby={`${id}-turns`}
                value={r.caseId ?? ''}
                onChange={(e) => change(r.speaker, e.target.value || null)}
              >
                <option value="">— nobody (e.g. interviewer) —</option>
                {cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                {/* A case the list does not know (yet) still shows as chosen. */}
                {r.caseId && !cases.some((c) => c.id === r.caseId) && <option value={r.caseId}>{r.caseName ?? 'unknown case'}</option>}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
