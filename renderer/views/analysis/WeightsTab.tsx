import { useId, useMemo, useRef, useState } from 'react';
import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { useStore } from '../../store';
import { ChartExportButtons } from './ChartExport';
import { ExportBar } from './ExportBar';
import { useTable } from './useTable';
import { useWidth } from './useWidth';
import { summarise, weightedCodes } from './weightData';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const AXIS = { fontSize: 12, fill: '#636b74' };

/** Weights per participant for one weighted code, e.g. technology attitude by case and coder. */
export function WeightsTab() {
  const layer = useStore((s) => s.analysisLayer);
  const codes = useStore((s) => s.codes);
  const coderList = useStore((s) => s.coders);
  const caseOrder = useStore((s) => s.cases.cases);
  const table = useTable('analysis.weights', { layer });
  const options = useMemo(() => (table ? weightedCodes(table) : []), [table]);
  const [picked, setPicked] = useState<string | null>(null);
  const code = picked && options.includes(picked) ? picked : (options[0] ?? null);
  const box = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(box);
  const codeId = useId();

  const summary = useMemo(() => (table && code ? summarise(table, code, caseOrder.map((c) => c.name)) : null), [table, code, caseOrder]);
  const scale = codes.find((c) => c.path === code)?.weight ?? null;
  const weights = summary?.dots.map((d) => d.weight) ?? [];
  const min = scale?.min ?? Math.min(0, ...weights);
  const max = scale?.max ?? Math.max(1, ...weights);
  const ticks = Array.from({ length: Math.floor(max - min) + 1 }, (_, i) => min + i);
  const tickLabel = (v: number) => (scale?.labels[String(v)] ? `${v} ${scale.labels[String(v)]}` : String(v));
  const colourOf = (coder: string, i: number) => coderList.find((c) => c.name === coder)?.colour ?? PALETTE[i % PALETTE.length]!;

  return (
    <section className="analysis-main analysis-wide" aria-label="Weights by participant">
      <div className="analysis-controls">
        <label htmlFor={codeId}>Weighted code</label>
        <select id={codeId} value={code ?? ''} onChange={(e) => setPicked(e.target.value)} disabled={!options.length}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <ExportBar request={{ kind: 'weights', layer }}>
          {summary && (
            <ChartExportButtons
              chart={box}
              fileStem={`weights-${code}`}
              title={`${code}: weights by participant`}
              legend={summary.coders.map((c, i) => ({ label: c, colour: colourOf(c, i) }))}
            />
          )}
        </ExportBar>
      </div>
      <div ref={box} className="chart-area">
      {!table ? (
        <p className="empty">Loading…</p>
      ) : !summary ? (
        <p className="empty">No weights given yet. Codes with a weight scale (such as an attitude from −2 to +2) show here once applied.</p>
      ) : (
        <>
          <div className="chart-box" data-testid="weights-chart">
            <ScatterChart width={Math.min(Math.max(boxWidth - 8, 420), 1100)} height={340} margin={{ top: 12, right: 24, bottom: 12, left: 8 }} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" stroke="#c9ccd2" />
              <XAxis type="number" dataKey="x" domain={[-0.5, summary.cases.length - 0.5]} ticks={summary.cases.map((_, i) => i)} tickFormatter={(i: number) => summary.cases[i] ?? ''} interval={0} tick={AXIS} />
              <YAxis type="number" dataKey="weight" domain={[min, max]} padding={{ top: 14, bottom: 14 }} ticks={ticks} tickFormatter={tickLabel} width={scale ? 150 : 40} tick={AXIS} />
              <ZAxis type="number" dataKey="n" range={[70, 320]} name="excerpts" />
              <Tooltip formatter={(v, name) => [String(v), String(name)]} labelFormatter={() => ''} />
              <Legend />
              {summary.coders.map((coder, i) => (
                <Scatter key={coder} name={coder} data={summary.dots.filter((d) => d.coder === coder)} fill={colourOf(coder, i)} fillOpacity={0.8} isAnimationActive={false} />
              ))}
            </ScatterChart>
          </div>
          <p className="chart-note">Each dot is one weight a coder gave for this participant; larger dots stand for several excerpts with that weight.</p>
          <MeansTable summary={summary} />
        </>
      )}
      </div>
    </section>
  );
}

function MeansTable({ summary }: { summary: NonNullable<ReturnType<typeof summarise>> }) {
  const fmt = (m: { mean: number; n: number } | undefined) => (m ? `${m.mean.toFixed(2)} (${m.n})` : '—');
  return (
    <table className="analysis-table means-table">
      <caption>Mean weight (number of excerpts)</caption>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          {summary.coders.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.cases.map((c) => (
          <tr key={c}>
            <th scope="row">{c}</th>
            {summary.coders.map((coder) => (
              <td key={coder} className="num">
                {fmt(summary.means.get(c)?.get(coder))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
