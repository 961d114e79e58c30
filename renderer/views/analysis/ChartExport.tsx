import type { RefObject } from 'react';
import { useStore } from '../../store';
import { exportPng, exportSvg, type LegendEntry } from './chartExport';

/** "Export SVG" and "Export PNG" for the first <svg> inside `chart`. */
interface Props {
  chart: RefObject<HTMLElement | null>;
  fileStem: string;
  title: string;
  /** Series to name in the file (the on-screen legend is HTML, outside the <svg>). */
  legend?: LegendEntry[];
}

export function ChartExportButtons({ chart, fileStem, title, legend }: Props) {
  const reportError = useStore((s) => s.reportError);
  // Recharts nests small icon SVGs in legends; the chart surface is the largest one.
  const svg = (): SVGSVGElement | null => {
    const all = [...(chart.current?.querySelectorAll('svg') ?? [])];
    return all.sort((a, b) => area(b) - area(a))[0] ?? null;
  };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const el = svg();
          if (el) exportSvg(el, `${fileStem}.svg`, title, legend);
        }}
      >
        Export SVG
      </button>
      <button
        type="button"
        onClick={() => {
          const el = svg();
          if (el) exportPng(el, `${fileStem}.png`, title, legend).catch(reportError);
        }}
      >
        Export PNG
      </button>
    </>
  );
}

function area(svg: SVGSVGElement): number {
  const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const h = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  return w * h;
}
