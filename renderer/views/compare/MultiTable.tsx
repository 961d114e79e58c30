// "Agreement among N coders": per code, pairwise agreement, Fleiss' κ and α over
// A, B and the extra coders (docs/agreement.md §10), with a strip showing how many
// characters 1, 2, … n coders coded. Consensus stays with the pair A and B.
import { useState } from 'react';
import { countOf, formatCount } from '../../format/numbers';
import { useStore } from '../../store';
import type { MultiReport } from '../../store/compareSlice';
import { useComparedCoders } from './coders';
import { formatPercent, nextSort, type Sort, sortRows } from './figures';
import { ScaledCell, Undefined } from './FigureCells';
import { multiHelp } from './help';
import { type Column, SortHeader } from './SortHeader';

type Row = MultiReport['byCode'][number];
type Key = 'code' | 'percentAgreement' | 'fleissKappa' | 'alpha';

/** What the strip's title says: the count for every k, and the characters nobody coded. */
export function histogramTitle(histogram: number[]): string {
  const n = histogram.length - 1;
  const byK = histogram.slice(1).map((h, i) => `${i + 1} of ${n}: ${formatCount(h)}`);
  return `Characters coded by exactly k coders — ${byK.join('; ')} (by none: ${formatCount(histogram[0] ?? 0)})`;
}

function CoverageStrip({ histogram }: { histogram: number[] }) {
  const coded = histogram.slice(1);
  const max = Math.max(1, ...coded);
  const title = histogramTitle(histogram);
  return (
    <td className="cmp-hist-cell" title={title} data-testid="multi-histogram">
      <span className="cmp-hist" role="img" aria-label={title}>
        {coded.map((h, i) => (
          <span key={i} className="cmp-hist-col" data-k={i + 1} data-count={h}>
            <span className={`cmp-hist-bar${i === coded.length - 1 ? ' is-all' : ''}`} style={{ height: h === 0 ? 0 : `${Math.max(10, (h / max) * 100)}%` }} />
            <span className="cmp-hist-k" aria-hidden="true">
              {i + 1}
            </span>
          </span>
        ))}
      </span>
    </td>
  );
}

export function MultiTable() {
  const multi = useStore((s) => s.compareMulti);
  const codes = useStore((s) => s.compareCodes);
  const { aName, bName } = useComparedCoders();
  const [sort, setSort] = useState<Sort<Key> | null>(null);
  if (!multi) return null;

  const n = multi.coders.length;
  const help = multiHelp(n);
  const columns: Column<Key>[] = [
    { key: 'code', label: 'Code' },
    { key: 'percentAgreement', label: 'Agreement', help: help.percentAgreement },
    { key: 'fleissKappa', label: 'Fleiss κ', help: help.fleissKappa },
    { key: 'alpha', label: 'α', help: help.alpha },
  ];
  const colourOf = (path: string) => codes.find((c) => c.path === path)?.colour;

  return (
    <section className="cmp-table-section cmp-multi" aria-labelledby="cmp-multi-title" data-testid="multi-section">
      <header className="cmp-section-head">
        <h2 id="cmp-multi-title">Agreement among {n} coders</h2>
        <p className="cmp-caption" data-testid="multi-caption">
          {multi.coders.join(', ')} · character level · {countOf(multi.units, 'character')} in all
        </p>
      </header>
      <p className="cmp-footnote cmp-pair-note" data-testid="multi-pair-note">
        Consensus works on a pair: the table above, its disagreements and the consensus decisions are between {aName} (A) and {bName} (B) only.
      </p>
      <div className="cmp-table-wrap">
        <table className="cmp-table" data-testid="multi-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <SortHeader key={c.key} column={c} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} />
              ))}
              <th scope="col" className="cmp-hist-cell" title={help.histogram}>
                Coded by k coders
              </th>
            </tr>
          </thead>
          <tbody>
            {sortRows<Row, Key>(multi.byCode, sort).map((row) => (
              <tr key={row.code} data-code={row.code} data-testid="multi-row">
                <th scope="row" className="cmp-code-col">
                  <span className="swatch" style={{ background: colourOf(row.code) }} aria-hidden="true" />
                  <span className="cmp-code-name">{row.code}</span>
                </th>
                <td className="num" data-testid="multi-percent">
                  {row.percentAgreement === null ? <Undefined reason={row.reason} /> : formatPercent(row.percentAgreement)}
                </td>
                <ScaledCell value={row.fleissKappa} reason={row.reason} name="Fleiss κ" testId="multi-kappa" />
                <ScaledCell value={row.alpha} reason={row.reason} name="α" testId="multi-alpha" />
                <CoverageStrip histogram={row.histogram} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
