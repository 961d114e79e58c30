// One disagreement, side by side: the passage around it twice, A's coverage
// highlighted and striped in A's colour on the left, B's on the right (their
// stripes meet in the middle), and below, the stretch itself as the consensus
// layer has it now — or as an edit would leave it.
import { type CSSProperties, type ReactNode, useLayoutEffect, useMemo, useRef } from 'react';
import type { Disagreement, DocumentDetail } from '../../../shared/api/schemas';
import { countOf } from '../../format/numbers';
import { formatWhen } from './figures';
import { OUTCOME_LABELS } from './help';
import { type PassageRow, passage, type Span, splitPieces } from './passage';
import { Stripes } from './Stripes';

interface Side {
  name: string;
  colour: string;
}

interface Props {
  d: Disagreement;
  doc: DocumentDetail | undefined;
  a: Side;
  b: Side;
  /** The consensus coder's coverage of this code inside the stretch. */
  consensus: Span[];
  consensusColour: string;
  editing: Span | null;
  nameOf(coderId: string | null): string | null;
}

/** Characters as people count them (code points), not UTF-16 units: an emoji is one. */
const characters = (text: string, spans: Span[]) => spans.reduce((t, s) => t + [...text.slice(s.start, s.end)].length, 0);

function Column({ rows, layer, side, text, who, summary, version }: { rows: PassageRow[]; layer: 0 | 1; side: Side; text: string; who: 'A' | 'B'; summary: string; version: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Long context: scroll the passage so the stretch starts near its top.
  useLayoutEffect(() => {
    const wrap = ref.current?.parentElement;
    const first = ref.current?.querySelector<HTMLElement>('.in-stretch');
    if (wrap && first) wrap.scrollTop = Math.max(0, first.offsetTop - 48);
  }, [version]);
  return (
    <figure className={`cmp-col cmp-col-${who.toLowerCase()}`} data-testid={`side-${who.toLowerCase()}`} style={{ '--cmp-coder': side.colour } as CSSProperties}>
      <figcaption>
        <span className="swatch" style={{ background: side.colour }} aria-hidden="true" />
        <strong>
          {who} · {side.name}
        </strong>{' '}
        <span className="cmp-sub">{summary}</span>
      </figcaption>
      <div className="cmp-passage-wrap">
        <div className="cmp-passage" ref={ref}>
          {rows.map((row) => (
            <div className="cmp-prow" key={row.key}>
              <span className="cmp-pspeaker">{row.speaker}</span>
              <span className="cmp-ptext">
                {row.cutBefore && '… '}
                {row.pieces.map((p) => {
                  const piece = text.slice(p.start, p.end);
                  const cls = p.on[2] ? 'in-stretch' : undefined;
                  return p.on[layer] ? (
                    <mark key={p.start} className={cls} data-start={p.start} data-end={p.end}>
                      {piece}
                    </mark>
                  ) : (
                    <span key={p.start} className={cls}>
                      {piece}
                    </span>
                  );
                })}
                {row.cutAfter && ' …'}
              </span>
            </div>
          ))}
        </div>
        {/* After the passage, so its ref is attached when the stripes measure it. */}
        <Stripes target={ref} colour={side.colour} side={who === 'A' ? 'end' : 'start'} version={version} />
      </div>
    </figure>
  );
}

export function SideBySide({ d, doc, a, b, consensus, consensusColour, editing, nameOf }: Props) {
  const rows = useMemo(() => (doc ? passage(doc, d, [d.a, d.b, [{ start: d.start, end: d.end }]], 160) : []), [doc, d]);
  if (!doc) return <p className="cmp-empty">Opening {d.documentName}…</p>;

  const stretchLength = characters(doc.text, [d]);
  const summary = (spans: Span[]) =>
    spans.length === 0 ? 'did not code this stretch' : `coded ${countOf(characters(doc.text, spans), 'character')} of ${countOf(stretchLength, 'character')}`;
  const version = `${d.key}:${d.a.length}:${d.b.length}`;
  const shown = editing ? [editing] : consensus;
  const pieces = splitPieces(d.start, d.end, [shown]);
  let status: ReactNode;
  if (editing) status = 'the consensus layer will code the highlighted text.';
  else if (d.decision) {
    const who = nameOf(d.decision.decidedBy);
    status = (
      <>
        <strong>{OUTCOME_LABELS[d.decision.outcome] ?? d.decision.outcome}</strong>
        {who && ` by ${who}`}, {formatWhen(d.decision.at)}
        {d.decision.note && <> — “{d.decision.note}”</>}
        {consensus.length === 0 && ' — nothing coded here'}
      </>
    );
  } else status = 'Not decided yet.';

  return (
    <div className="cmp-sbs-wrap">
      <div className="cmp-sbs">
        <Column rows={rows} layer={0} side={a} text={doc.text} who="A" summary={summary(d.a)} version={version} />
        <Column rows={rows} layer={1} side={b} text={doc.text} who="B" summary={summary(d.b)} version={version} />
      </div>
      <section className="cmp-consensus" aria-label="Consensus layer" data-testid="consensus-box" style={{ '--cmp-coder': consensusColour } as CSSProperties}>
        <h4>
          {editing ? 'Edit preview' : 'Consensus layer'} <span className="cmp-sub" data-testid="consensus-status">{status}</span>
        </h4>
        <p className="cmp-stretch-text">
          {pieces.map((p) =>
            p.on[0] ? (
              <mark key={p.start} data-testid="consensus-mark">
                {doc.text.slice(p.start, p.end)}
              </mark>
            ) : (
              <span key={p.start}>{doc.text.slice(p.start, p.end)}</span>
            ),
          )}
        </p>
      </section>
    </div>
  );
}
