import { useId } from 'react';
import { formatWeight, type Scale, scaleValues } from '../../coding/weights';

/** Problems with a scale, or null: min below max, and not so wide it cannot be labelled. */
export function scaleProblem(scale: Scale | null): string | null {
  if (!scale) return null;
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return 'Give the scale a minimum and a maximum.';
  if (scale.min >= scale.max) return 'The minimum must be below the maximum.';
  return null;
}

/** Dedoose-style weight scale: on/off, min and max, and a label for each value. */
export function WeightScaleEditor({ value, onChange }: { value: Scale | null; onChange(scale: Scale | null): void }) {
  const id = useId();
  const problem = scaleProblem(value);
  const values = value && !problem ? scaleValues(value) : [];
  const setBound = (key: 'min' | 'max', raw: string) => value && onChange({ ...value, [key]: raw === '' ? Number.NaN : Number(raw) });

  return (
    <fieldset className="weight-editor">
      <legend>Weight scale</legend>
      <label className="toggle">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? { min: -2, max: 2, labels: {} } : null)} /> Coders give a
        weight with this code
      </label>
      {value && (
        <>
          <div className="weight-bounds">
            <label htmlFor={`${id}-min`}>From</label>
            <input id={`${id}-min`} type="number" value={Number.isNaN(value.min) ? '' : value.min} onChange={(e) => setBound('min', e.target.value)} />
            <label htmlFor={`${id}-max`}>to</label>
            <input id={`${id}-max`} type="number" value={Number.isNaN(value.max) ? '' : value.max} onChange={(e) => setBound('max', e.target.value)} />
          </div>
          {problem && <p className="error-text">{problem}</p>}
          {values.length > 0 && values.length <= 21 && (
            <ul className="weight-labels">
              {values.map((v) => (
                <li key={v}>
                  <label htmlFor={`${id}-l${v}`} className="weight-value">
                    {formatWeight(v)}
                  </label>
                  <input
                    id={`${id}-l${v}`}
                    type="text"
                    aria-label={`Label for ${formatWeight(v)}`}
                    placeholder="label (optional)"
                    value={value.labels[String(v)] ?? ''}
                    onChange={(e) => {
                      const labels = { ...value.labels, [String(v)]: e.target.value };
                      if (!e.target.value) delete labels[String(v)];
                      onChange({ ...value, labels });
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
