import type { AgreementReport } from '../../../shared/api/schemas';
import { formatCount } from '../../format/numbers';
import { DASH, formatFigure } from './figures';
import { ScaledCell } from './FigureCells';
import { WEIGHTS_HELP } from './help';

/** Agreement on the weights of weighted codes: interval α and Pearson's r of paired excerpts. */
export function WeightsTable({ weights }: { weights: AgreementReport['weights'] }) {
  return (
    <section className="cmp-weights" aria-labelledby="cmp-weights-title">
      <h3 id="cmp-weights-title">Weights</h3>
      <p className="cmp-footnote">{WEIGHTS_HELP}</p>
      <table className="cmp-table cmp-table-small" data-testid="weights-table">
        <thead>
          <tr>
            <th scope="col" className="cmp-code-col">Code</th>
            <th scope="col" className="num" title="Pairs of overlapping weighted excerpts, one of each coder">Pairs</th>
            <th scope="col" className="num" title="Krippendorff's α at the interval level of the paired weights">α (interval)</th>
            <th scope="col" className="num" title="Pearson's product-moment r of the paired weights">Pearson r</th>
          </tr>
        </thead>
        <tbody>
          {weights.map((w) => (
            <tr key={w.code}>
              <th scope="row" className="cmp-code-col">{w.code}</th>
              <td className="num">{formatCount(w.pairs)}</td>
              <ScaledCell value={w.alpha} reason={w.reason} name="α" />
              <td className="num">
                {w.pearsonR === null ? <span className="cmp-undefined" title={w.reason ?? 'undefined'}>{DASH}</span> : formatFigure(w.pearsonR)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
