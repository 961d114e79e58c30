import { useId, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import { useStore } from '../../store';
import type { CountUnit } from '../../store/analysisSlice';
import { ChartExportButtons } from './ChartExport';
import { ExportBar } from './ExportBar';
import { useTable } from './useTable';
import { useWidth } from './useWidth';

const MEASURES: { id: CountUnit; label: string }[] = [
  { id: 'excerpts', label: 'Excerpts' },
  { id: 'documents', label: 'Documents' },
  { id: 'cases', label: 'Cases' },
];
const ROW = 28;

/** How often each code was applied: a bar per code in its own colour. */
export function FrequenciesTab() {
  const layer = useStore((s) => s.analysisLayer);
  const codes = useStore((s) => s.codes);
  const table = useTable('analysis.frequencies', { layer });
  const [measure, setMeasure] = useState<CountUnit>('excerpts');
  const box = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(box);
  const width = Math.min(Math.max(boxWidth - 8, 420), 1100);
  const measureId = useId();

  const data = useMemo(() => {
    if (!table) return [];
    const at = table.columns.indexOf(measure);
    return table.rows.map((r) => {
      const path = String(r[0]);
      const code = codes.find((c) => c.path === path);
      return { path, name: path, value: Number(r[at]) || 0, colour: code?.colour ?? '#868e96' };
    });
  }, [table, measure, codes]);
  const labelWidth = Math.min(320, Math.max(90, ...data.map((d) => d.path.length * 6.6)));

  return (
    <section className="analysis-main analysis-wide" aria-label="Code frequencies">
      <div className="analysis-controls">
        <label htmlFor={measureId}>Count</label>
        <select id={measureId} value={measure} onChange={(e) => setMeasure(e.target.value as CountUnit)}>
          {MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label} per code
            </option>
          ))}
        </select>
        <ExportBar request={{ kind: 'frequencies', layer }}>
          <ChartExportButtons chart={box} fileStem={`code-frequencies-${measure}`} title={`${measure} per code`} />
        </ExportBar>
      </div>
      <div ref={box} className="chart-box" data-testid="frequencies-chart">
        {!table ? (
          <p className="empty">Loading…</p>
        ) : (
          <BarChart
            width={width}
            height={data.length * ROW + 60}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 24, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#c9ccd2" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#636b74' }} label={{ value: measure, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#636b74' }} />
            <YAxis type="category" dataKey="name" width={labelWidth} interval={0} tick={{ fontSize: 12, fill: '#636b74' }} />
            <Tooltip cursor={{ fill: 'rgba(59, 91, 219, 0.08)' }} />
            <Bar
              dataKey="value"
              name={measure}
              isAnimationActive={false}
              shape={(props: BarShapeProps) => <Rectangle {...props} fill={data[props.index]?.colour ?? '#868e96'} radius={[0, 3, 3, 0]} />}
            >
              <LabelList dataKey="value" position="right" fontSize={12} fill="#636b74" />
            </Bar>
          </BarChart>
        )}
      </div>
    </section>
  );
}
