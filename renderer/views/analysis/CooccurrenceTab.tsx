import { useRef, useState } from 'react';
import { useStore } from '../../store';
import { ChartExportButtons } from './ChartExport';
import { CodeLabel } from './CodeLabel';
import { ExportBar } from './ExportBar';
import { HeatMap } from './HeatMap';
import { PairTheme } from './PairTheme';
import { useTable } from './useTable';

export interface Pair {
  a: string;
  b: string;
  n: number;
}

/** Which codes are applied to the same stretches of text, as a heat map or a table. */
export function CooccurrenceTab() {
  const by = useStore((s) => s.cooccurrenceBy);
  const layer = useStore((s) => s.analysisLayer);
  const setAnalysis = useStore((s) => s.setAnalysis);
  const [asTable, setAsTable] = useState(false);
  const [pair, setPair] = useState<Pair | null>(null);
  const table = useTable('analysis.cooccurrence', { by, layer });
  const chart = useRef<HTMLDivElement>(null);

  return (
    <div className="analysis-split">
      <section className="analysis-main" aria-label="Code co-occurrence">
        <div className="analysis-controls">
          <div className="segmented" role="radiogroup" aria-label="Co-occur when">
            <button type="button" role="radio" aria-checked={by === 'overlap'} onClick={() => setAnalysis({ cooccurrenceBy: 'overlap' })}>
              Overlapping excerpts
            </button>
            <button type="button" role="radio" aria-checked={by === 'segment'} onClick={() => setAnalysis({ cooccurrenceBy: 'segment' })}>
              Same turn or paragraph
            </button>
          </div>
          <div className="segmented" role="radiogroup" aria-label="Show as">
            <button type="button" role="radio" aria-checked={!asTable} onClick={() => setAsTable(false)}>
              Heat map
            </button>
            <button type="button" role="radio" aria-checked={asTable} onClick={() => setAsTable(true)}>
              Table
            </button>
          </div>
          <ExportBar request={{ kind: 'cooccurrence', by, layer }}>
            {!asTable && <ChartExportButtons chart={chart} fileStem={`cooccurrence-${by}`} title={`Code co-occurrence (${by})`} />}
          </ExportBar>
        </div>
        {!table ? (
          <p className="empty">Loading…</p>
        ) : asTable ? (
          <CooccurrenceTable columns={table.columns.slice(1)} rows={table.rows} selected={pair} onPair={setPair} />
        ) : (
          <div ref={chart} className="chart-box">
            <HeatMap codes={table.columns.slice(1)} counts={table.rows.map((r) => r.slice(1).map(Number))} selected={pair} onPair={setPair} />
          </div>
        )}
      </section>
      {pair && <PairTheme pair={pair} onClose={() => setPair(null)} />}
    </div>
  );
}

function CooccurrenceTable({ columns, rows, selected, onPair }: { columns: string[]; rows: (string | number | null)[][]; selected: Pair | null; onPair(p: Pair): void }) {
  return (
    <div className="table-scroll">
      <table className="analysis-table cooccurrence-table" data-testid="cooccurrence-table">
        <thead>
          <tr>
            <th scope="col">Code</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num rotated" title={c}>
                <span>{c.split(' > ').at(-1)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const a = String(row[0]);
            return (
              <tr key={a}>
                <th scope="row">
                  <CodeLabel path={a} />
                </th>
                {columns.map((b, j) => {
                  const n = Number(row[j + 1]) || 0;
                  return (
                    <td key={b} className={`num${a === b ? ' diagonal' : ''}`}>
                      <button
                        type="button"
                        className="cell-button"
                        aria-pressed={selected?.a === a && selected.b === b}
                        aria-label={`${a} and ${b}: ${n}`}
                        onClick={() => onPair({ a, b, n })}
                      >
                        {n}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
