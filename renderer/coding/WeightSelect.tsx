import type { Code } from '../../shared/api/schemas';
import { scaleValues, weightLabel } from './weights';

/** A weight chooser for a code with a scale: "no weight" or one of its values with its label. */
export function WeightSelect({ code, value, onChange, className }: { code: Code; value: number | null; onChange(w: number | null): void; className?: string }) {
  if (!code.weight) return null;
  const scale = code.weight;
  return (
    <select
      className={className ?? 'weight-select'}
      aria-label={`Weight for ${code.name}`}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">no weight</option>
      {scaleValues(scale).map((v) => (
        <option key={v} value={String(v)}>
          {weightLabel(scale, v)}
        </option>
      ))}
    </select>
  );
}
