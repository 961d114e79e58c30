import type { KeyboardEvent } from 'react';
import type { Pair } from './CooccurrenceTab';
import { scaleColour, textOn } from './tableMath';

const CELL = 34;
const FONT = 12;
const CHAR = 6.6; // average label character width at 12 px, enough to size the margins
const DIAGONAL = '#d9dbe0';

interface Props {
  codes: string[];
  counts: number[][];
  selected: Pair | null;
  onPair(pair: Pair): void;
}

/**
 * Co-occurrence as a heat map (our own SVG: a matrix of cells is not a chart type
 * recharts has). The diagonal — excerpts carrying a code at all — dwarfs the
 * pairs, so it is drawn in grey and left out of the colour scale.
 */
export function HeatMap({ codes, counts, selected, onPair }: Props) {
  const longest = Math.max(4, ...codes.map((c) => c.length));
  const left = Math.ceil(longest * CHAR) + 14;
  const top = Math.ceil(longest * CHAR * 0.72) + 16;
  const n = codes.length;
  const max = Math.max(1, ...counts.flatMap((row, i) => row.filter((_, j) => j !== i)));
  const legendY = top + n * CELL + 28;
  // Column labels slant up and to the right, past the last column.
  const width = Math.max(left + n * CELL + Math.ceil(longest * CHAR * 0.72), left + 460);
  const height = legendY + 52;

  const key = (e: KeyboardEvent, pair: Pair) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPair(pair);
    }
  };

  return (
    <svg className="heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Co-occurrence heat map" data-testid="heatmap">
      <g fontSize={FONT} fill="currentColor">
        {codes.map((c, i) => (
          <text key={`row-${c}`} x={left - 8} y={top + i * CELL + CELL / 2} textAnchor="end" dominantBaseline="central">
            {c}
          </text>
        ))}
        {codes.map((c, j) => {
          const x = left + j * CELL + CELL / 2;
          return (
            <text key={`col-${c}`} x={x} y={top - 8} transform={`rotate(-45 ${x} ${top - 8})`} textAnchor="start">
              {c}
            </text>
          );
        })}
      </g>
      {counts.map((row, i) =>
        row.map((v, j) => {
          const pair = { a: codes[i]!, b: codes[j]!, n: v };
          const diagonal = i === j;
          const t = v / max;
          const isSelected = selected?.a === pair.a && selected.b === pair.b;
          return (
            <g
              key={`${i}-${j}`}
              role="button"
              tabIndex={0}
              className="heat-cell"
              aria-label={`${pair.a} and ${pair.b}: ${v}`}
              aria-pressed={isSelected}
              onClick={() => onPair(pair)}
              onKeyDown={(e) => key(e, pair)}
            >
              <rect
                x={left + j * CELL}
                y={top + i * CELL}
                width={CELL - 2}
                height={CELL - 2}
                rx={3}
                fill={diagonal ? DIAGONAL : v ? scaleColour(t) : '#f6f7f9'}
                stroke={isSelected ? '#e8590c' : 'none'}
                strokeWidth={isSelected ? 3 : 0}
              />
              {v > 0 && (
                <text
                  x={left + j * CELL + (CELL - 2) / 2}
                  y={top + i * CELL + (CELL - 2) / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={FONT - 1}
                  fill={diagonal ? '#1f2328' : textOn(t)}
                >
                  {v}
                </text>
              )}
            </g>
          );
        }),
      )}
      <Legend x={left} y={legendY} max={max} />
    </svg>
  );
}

function Legend({ x, y, max }: { x: number; y: number; max: number }) {
  const steps = 24;
  const w = 200;
  return (
    <g aria-hidden="true" fontSize={FONT - 1} fill="currentColor">
      <text x={x} y={y - 6}>
        Pairs of codings
      </text>
      {Array.from({ length: steps }, (_, k) => (
        <rect key={k} x={x + (k * w) / steps} y={y} width={w / steps + 0.5} height={12} fill={scaleColour(k / (steps - 1))} />
      ))}
      <text x={x} y={y + 26}>
        0
      </text>
      <text x={x + w} y={y + 26} textAnchor="end">
        {max}
      </text>
      <rect x={x + w + 24} y={y} width={12} height={12} rx={2} fill={DIAGONAL} />
      <text x={x + w + 42} y={y + 10}>
        diagonal: excerpts with the code
      </text>
    </g>
  );
}
