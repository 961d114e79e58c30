// The agreement table: one row per code (expandable to its documents), an overall
// row, a legend for the colour bands, and weight agreement for weighted codes.
import { type KeyboardEvent, useState } from 'react';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';
import { useComparedCoders } from './coders';
import { BandLegend } from './BandLegend';
import { nextSort, type Sort, type SortKey, sortRows } from './figures';
import { FigureCells, type FigureRow } from './FigureCells';
import { columnHelp, overallHelp } from './help';
import { type Column, SortHeader } from './SortHeader';
import { ThemeMenu } from './ThemeMenu';
import { WeightsTable } from './WeightsTable';

const sum = (rows: FigureRow[], key: 'both' | 'onlyA' | 'onlyB' | 'neither') => rows.reduce((t, r) => t + (r[key] ?? 0), 0);

/** Move focus to the previous/next code row (they are the table's tab stops). */
function moveFocus(e: KeyboardEvent<HTMLTableRowElement>, dir: 1 | -1) {
  const rows = [...(e.currentTarget.closest('tbody')?.querySelectorAll<HTMLElement>('tr[data-code]') ?? [])];
  rows[rows.indexOf(e.currentTarget) + dir]?.focus();
}

export function CodesTable() {
  const report = useStore((s) => s.compareReport);
  const computing = useStore((s) => s.compareComputing);
  const codes = useStore((s) => s.compareCodes);
  const openCodeId = useStore((s) => s.compareCodeId);
  const open = useStore((s) => s.openCodeDisagreements);
  const { aName, bName } = useComparedCoders();
  const [sort, setSort] = useState<Sort | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  if (!report) return <p className="cmp-empty">{computing ? 'Computing agreement…' : 'Choose two coders and press Compute.'}</p>;

  const { unit } = report;
  const help = columnHelp(unit, aName, bName);
  const rows = sortRows(report.byCode, sort);
  const codeOf = (path: string) => codes.find((c) => c.path === path);
  const toggle = (code: string) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const columns: Column<SortKey>[] = [
    { key: 'code', label: 'Code' },
    { key: 'both', label: unit === 'segment' ? 'Matched' : 'Both', help: help.both },
    { key: 'onlyA', label: 'Only A', sub: aName, help: help.onlyA },
    { key: 'onlyB', label: 'Only B', sub: bName, help: help.onlyB },
    ...(unit === 'character' ? [{ key: 'neither' as const, label: 'Neither', help: help.neither }] : []),
    { key: 'percentAgreement', label: 'Agreement', help: help.percentAgreement },
    { key: 'kappa', label: 'κ', help: help.kappa },
    { key: 'alpha', label: 'α', help: help.alpha },
  ];
  const headerClick = (key: SortKey) => setSort((s) => nextSort(s, key));
  const overall = report.overall;

  return (
    <section className="cmp-table-section" aria-labelledby="cmp-table-title">
      <header className="cmp-section-head">
        <h2 id="cmp-table-title">Agreement by code</h2>
        <p className="cmp-caption" data-testid="compare-caption">
          {report.coders[0]} (A) vs {report.coders[1]} (B) · counts in {unit === 'character' ? 'characters' : 'excerpts (segments)'}
          {report.minOverlap !== null && ` · min. overlap ${report.minOverlap}`} · {countOf(report.documents, 'document')} ·{' '}
          {countOf(report.excerpts.a, 'coding')} by A, {countOf(report.excerpts.b, 'coding')} by B
        </p>
      </header>
      <div className="cmp-table-wrap">
        <table className="cmp-table" data-testid="compare-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <SortHeader key={c.key} column={c} sort={sort} onSort={headerClick} />
              ))}
              <th scope="col" className="cmp-theme-col" title="Put a code into a theme of the Themes view (an existing one or a new one).">
                Theme
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const code = codeOf(row.code);
              const isOpen = expanded.has(row.code);
              const openRow = () => code && void open(code.id);
              return [
                <tr
                  key={row.code}
                  data-code={row.code}
                  data-testid="code-row"
                  tabIndex={0}
                  className={code && code.id === openCodeId ? 'cmp-row is-open' : 'cmp-row'}
                  aria-current={code && code.id === openCodeId ? 'true' : undefined}
                  title={`Show the disagreements on ${row.code}`}
                  onClick={openRow}
                  onKeyDown={(e) => {
                    if (e.target !== e.currentTarget) return;
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      openRow();
                    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                      e.preventDefault();
                      moveFocus(e, e.key === 'ArrowDown' ? 1 : -1);
                    }
                  }}
                >
                  <th scope="row" className="cmp-code-col">
                    <button
                      type="button"
                      className="cmp-expand"
                      aria-expanded={isOpen}
                      aria-label={`Rows per document for ${row.code}`}
                      title="Rows per document"
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(row.code);
                      }}
                    >
                      {isOpen ? '▾' : '▸'}
                    </button>
                    <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" />
                    <span className="cmp-code-name">{row.code}</span>
                  </th>
                  <FigureCells row={row} unit={unit} testPrefix="cell" />
                  <td className="cmp-theme-col" onClick={(e) => e.stopPropagation()}>
                    {code && <ThemeMenu code={code} />}
                  </td>
                </tr>,
                ...(isOpen
                  ? report.rows
                      .filter((r) => r.code === row.code)
                      .map((r) => (
                        <tr key={`${row.code}\u0000${r.document}`} className="cmp-docrow" data-testid="document-row">
                          <th scope="row" className="cmp-code-col">
                            {r.document}
                          </th>
                          <FigureCells row={r} unit={unit} />
                          <td />
                        </tr>
                      ))
                  : []),
              ];
            })}
          </tbody>
          <tfoot>
            <tr className="cmp-overall" data-testid="overall-row" title={overallHelp(unit, overall.kappaModel)}>
              <th scope="row" className="cmp-code-col">
                Overall <span className="cmp-sub">{countOf(report.byCode.length, 'code')}</span>
              </th>
              <FigureCells
                unit={unit}
                overall
                testPrefix="overall"
                row={{
                  both: sum(report.byCode, 'both'),
                  onlyA: sum(report.byCode, 'onlyA'),
                  onlyB: sum(report.byCode, 'onlyB'),
                  neither: unit === 'character' ? sum(report.byCode, 'neither') : null,
                  percentAgreement: overall.percentAgreement,
                  kappa: overall.pooledKappa,
                  alpha: unit === 'character' ? overall.alpha : null,
                  reason: overall.reason,
                }}
              />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="cmp-footnote" data-testid="kappa-model">
        {overallHelp(unit, overall.kappaModel)}
        {overall.reason && <> Undefined figures: {overall.reason}.</>}
      </p>
      <BandLegend />
      {report.weights.length > 0 && <WeightsTable weights={report.weights} />}
    </section>
  );
}
