// The number cells of one agreement row: counts, %, κ, α. Undefined figures show
// "—" with the reason as their tooltip; κ and α are tinted by band.
import type { AgreementReport } from '../../../shared/api/schemas';
import { formatCount } from '../../format/numbers';
import { bandOf, DASH, formatFigure, formatPercent } from './figures';

/** The figures of a by-code row (or the summed overall row), as the contract defines them. */
export type FigureRow = Omit<AgreementReport['byCode'][number], 'code'>;

const SEGMENT_REASON = 'not defined per code at the segment level (no “neither” cell); use the character level for a chance-corrected figure per code';

export function Undefined({ reason }: { reason: string | null }) {
  return (
    <span className="cmp-undefined" title={reason ?? 'undefined'}>
      {DASH}
      {reason && <span className="visually-hidden"> ({reason})</span>}
    </span>
  );
}

export function ScaledCell({ value, reason, name, testId }: { value: number | null; reason: string | null; name: string; testId?: string }) {
  const band = bandOf(value);
  return (
    <td className={`num cmp-scaled${band ? ` band-${band.id}` : ''}`} data-testid={testId} data-band={band?.id} title={band ? `${name} ${formatFigure(value)}: ${band.label}` : undefined}>
      {value === null ? <Undefined reason={reason} /> : formatFigure(value)}
    </td>
  );
}

export function FigureCells({ row, unit, testPrefix, overall = false }: { row: FigureRow; unit: 'character' | 'segment'; testPrefix?: string; overall?: boolean }) {
  // Per code, the segment level has no κ or α at all; the overall row has its own reason.
  const figureReason = unit === 'segment' && !overall ? SEGMENT_REASON : row.reason;
  const t = (name: string) => (testPrefix ? `${testPrefix}-${name}` : undefined);
  return (
    <>
      <td className="num" data-testid={t('both')}>{formatCount(row.both)}</td>
      <td className="num" data-testid={t('onlyA')}>{formatCount(row.onlyA)}</td>
      <td className="num" data-testid={t('onlyB')}>{formatCount(row.onlyB)}</td>
      {unit === 'character' && (
        <td className="num" data-testid={t('neither')}>{row.neither === null ? <Undefined reason={row.reason} /> : formatCount(row.neither)}</td>
      )}
      <td className="num" data-testid={t('percent')}>
        {row.percentAgreement === null ? <Undefined reason={row.reason} /> : formatPercent(row.percentAgreement)}
      </td>
      <ScaledCell value={row.kappa} reason={figureReason} name="κ" testId={t('kappa')} />
      <ScaledCell value={row.alpha} reason={figureReason} name="α" testId={t('alpha')} />
    </>
  );
}
