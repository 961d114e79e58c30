import { useId, useState } from 'react';
import { formatCount } from '../../format/numbers';
import { useStore } from '../../store';
import { ExportBar } from './ExportBar';
import { formatPercent } from './tableMath';
import { useTable } from './useTable';

/** How much of each transcript each code covers, as a share of its characters. */
export function CoverageTab() {
  const layer = useStore((s) => s.analysisLayer);
  const codes = useStore((s) => s.codes);
  const table = useTable('analysis.coverage', { layer });
  const [hideUnused, setHideUnused] = useState(true);
  const hideId = useId();
  if (!table) return <p className="empty analysis-empty">Loading…</p>;

  const codeCols = table.columns.map((c, j) => ({ path: c, j })).slice(2);
  const shown = hideUnused ? codeCols.filter(({ j }) => table.rows.some((r) => Number(r[j]) > 0)) : codeCols;
  const colourOf = (path: string) => codes.find((c) => c.path === path)?.colour ?? '#868e96';

  return (
    <section className="analysis-main analysis-wide" aria-label="Coverage of documents by codes">
      <div className="analysis-controls">
        <span className="bom-toggle">
          <input id={hideId} type="checkbox" checked={hideUnused} onChange={(e) => setHideUnused(e.target.checked)} />
          <label htmlFor={hideId}>Hide codes that cover nothing</label>
        </span>
        <ExportBar request={{ kind: 'coverage', layer }} />
      </div>
      <div className="table-scroll">
        <table className="analysis-table coverage-table" data-testid="coverage">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col" className="num">
                Characters
              </th>
              {shown.map(({ path }) => (
                <th key={path} scope="col" className="coverage-head" title={path}>
                  <span className="swatch" style={{ backgroundColor: colourOf(path) }} aria-hidden="true" /> {path.split(' > ').at(-1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                <th scope="row">{row[0]}</th>
                <td className="num">{formatCount(Number(row[1]))}</td>
                {shown.map(({ path, j }) => {
                  const share = Number(row[j]) || 0;
                  return (
                    <td key={path} className="coverage-cell" aria-label={`${row[0]}, ${path}: ${formatPercent(share)}`}>
                      <span className="coverage-bar" style={{ width: `${Math.min(100, share * 100)}%`, backgroundColor: colourOf(path) }} aria-hidden="true" />
                      <span className="coverage-value">{share ? formatPercent(share) : '–'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
