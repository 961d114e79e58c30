import { useId, useMemo, useState } from 'react';
import { countOf } from '../../format/numbers';
import { useStore } from '../../store';
import type { CountUnit, MatrixShow } from '../../store/analysisSlice';
import { CellExcerpts } from './CellExcerpts';
import { CodeLabel } from './CodeLabel';
import { ExportBar } from './ExportBar';
import { bodyOf, formatPercent, scaleColour, shown, textOn, totals } from './tableMath';
import { useTable } from './useTable';

const COUNTS: { id: CountUnit; label: string }[] = [
  { id: 'excerpts', label: 'Excerpts' },
  { id: 'documents', label: 'Documents' },
  { id: 'cases', label: 'Cases' },
];
const SHOWS: { id: MatrixShow; label: string }[] = [
  { id: 'counts', label: 'Counts' },
  { id: 'row', label: 'Row %' },
  { id: 'column', label: 'Column %' },
];

/** Code × descriptor: how often each code appears among, say, novices and experts. */
export function MatrixTab() {
  const fields = useStore((s) => s.cases.fields);
  const chosen = useStore((s) => s.matrixCols);
  const count = useStore((s) => s.matrixCount);
  const show = useStore((s) => s.matrixShow);
  const layer = useStore((s) => s.analysisLayer);
  const setAnalysis = useStore((s) => s.setAnalysis);
  const [cell, setCell] = useState<{ code: string; value: string; n: number } | null>(null);
  const colsId = useId();
  const countId = useId();

  const cols = fields.some((f) => f.name === chosen) ? chosen! : (fields.find((f) => f.type === 'choice') ?? fields[0])?.name;
  if (!cols) return <p className="empty analysis-empty">No descriptors yet. Import a participants table to compare codes across groups.</p>;

  return (
    <div className="analysis-split">
      <section className="analysis-main" aria-label="Code by descriptor matrix">
        <div className="analysis-controls">
          <label htmlFor={colsId}>Columns</label>
          <select id={colsId} value={cols} onChange={(e) => (setAnalysis({ matrixCols: e.target.value }), setCell(null))}>
            {fields.map((f) => (
              <option key={f.id} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
          <label htmlFor={countId}>Count</label>
          <select id={countId} value={count} onChange={(e) => (setAnalysis({ matrixCount: e.target.value as CountUnit }), setCell(null))}>
            {COUNTS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <div className="segmented" role="radiogroup" aria-label="Show">
            {SHOWS.map((s) => (
              <button key={s.id} type="button" role="radio" aria-checked={show === s.id} onClick={() => setAnalysis({ matrixShow: s.id })}>
                {s.label}
              </button>
            ))}
          </div>
          <ExportBar request={{ kind: 'matrix', cols, count, layer }} />
        </div>
        <MatrixTable cols={cols} count={count} show={show} layer={layer} selected={cell} onCell={setCell} />
      </section>
      {cell && (
        <CellExcerpts
          query={{ codePath: cell.code, field: cols, value: cell.value, count, layer }}
          expected={cell.n}
          onClose={() => setCell(null)}
        />
      )}
    </div>
  );
}

interface TableProps {
  cols: string;
  count: CountUnit;
  show: MatrixShow;
  layer: 'coder' | 'consensus';
  selected: { code: string; value: string } | null;
  onCell(cell: { code: string; value: string; n: number }): void;
}

function MatrixTable({ cols, count, show, layer, selected, onCell }: TableProps) {
  const table = useTable('analysis.matrix', { cols, count, layer });
  const body = useMemo(() => (table ? bodyOf(table) : []), [table]);
  const t = useMemo(() => totals(body), [body]);
  if (!table) return <p className="empty">Loading…</p>;
  const values = table.columns.slice(1);
  const max = Math.max(1, ...body.flat());
  const label = (v: number | null) => (show === 'counts' ? String(v ?? 0) : formatPercent(v));

  return (
    <div className="table-scroll">
      <table className="analysis-table matrix-table" data-testid="matrix">
        <caption className="visually-hidden">
          {count} per code and {cols}
          {show === 'counts' ? '' : show === 'row' ? ', as a share of the row' : ', as a share of the column'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {values.map((v) => (
              <th key={v} scope="col" className="num">
                {v}
              </th>
            ))}
            {show === 'counts' && <th scope="col" className="num total">Total</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            const code = String(row[0]);
            return (
              <tr key={code}>
                <th scope="row">
                  <CodeLabel path={code} />
                </th>
                {values.map((v, j) => {
                  const n = body[i]![j]!;
                  const value = shown(body, t, show, i, j);
                  const heat = show === 'counts' ? n / max : (value ?? 0);
                  const isSelected = selected?.code === code && selected.value === v;
                  return (
                    <td key={v} className="num">
                      <button
                        type="button"
                        className="cell-button"
                        aria-pressed={isSelected}
                        aria-label={`${code} × ${v}: ${show === 'counts' ? countOf(n, count.slice(0, -1)) : label(value)}`}
                        style={{ backgroundColor: n ? scaleColour(heat * 0.8) : undefined, color: n ? textOn(heat * 0.8) : undefined }}
                        onClick={() => onCell({ code, value: v, n })}
                      >
                        {label(value)}
                      </button>
                    </td>
                  );
                })}
                {show === 'counts' && <td className="num total">{t.rows[i]}</td>}
              </tr>
            );
          })}
        </tbody>
        {show === 'counts' && (
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {t.columns.map((n, j) => (
                <td key={values[j]} className="num total">
                  {n}
                </td>
              ))}
              <td className="num total">{t.all}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
