import type { Disagreement } from '../../../shared/api/schemas';
import { formatWhen } from './figures';
import { kindLabel, OUTCOME_LABELS } from './help';

interface Props {
  list: Disagreement[];
  current: number;
  aName: string;
  bName: string;
  nameOf(coderId: string | null): string | null;
  onPick(index: number): void;
}

const snippet = (text: string) => (text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text);

/** Every disagreement on the open code: where, what kind, and whether it is decided. */
export function DisagreementList({ list, current, aName, bName, nameOf, onPick }: Props) {
  return (
    <ol className="cmp-dlist" aria-label="Disagreements" data-testid="disagreement-list">
      {list.map((d, i) => {
        const who = d.decision ? nameOf(d.decision.decidedBy) : null;
        return (
          <li key={d.key}>
            <button
              type="button"
              className={`cmp-ditem${i === current ? ' is-current' : ''}${d.decision ? ' is-decided' : ''}`}
              aria-current={i === current ? 'true' : undefined}
              data-testid="disagreement-item"
              data-decided={d.decision ? d.decision.outcome : undefined}
              tabIndex={i === current ? 0 : -1}
              onClick={() => onPick(i)}
            >
              <span className="cmp-ditem-head">
                <span className="cmp-ditem-n">{i + 1}</span>
                <span className="cmp-ditem-doc">{d.documentName}</span>
                <span className={`cmp-kind kind-${d.kind}`}>{kindLabel(d.kind, aName, bName)}</span>
              </span>
              <span className="cmp-ditem-text">“{snippet(d.text)}”</span>
              <span className="cmp-ditem-status" data-testid="decision-status">
                {d.decision ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {OUTCOME_LABELS[d.decision.outcome] ?? d.decision.outcome}
                    {who && ` · ${who}`} · {formatWhen(d.decision.at)}
                  </>
                ) : (
                  'Undecided'
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
