import { BANDS } from './figures';
import { BANDS_HELP } from './help';

/** What the κ/α cell colours mean — conventions to read by, not thresholds to pass. */
export function BandLegend() {
  return (
    <div className="cmp-legend" aria-label="Colour bands for κ and α" role="group" title={BANDS_HELP}>
      <span className="cmp-legend-title">κ / α bands (Landis &amp; Koch-style, a reading aid only):</span>
      <ul>
        {[...BANDS].reverse().map((b) => (
          <li key={b.id}>
            <span className={`cmp-legend-swatch band-${b.id}`} aria-hidden="true" />
            {b.range} {b.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
