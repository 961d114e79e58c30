// Weight scales (Dedoose-style): integer steps from min to max, each with an optional label.
import type { Code } from '../../shared/api/schemas';

export type Scale = NonNullable<Code['weight']>;

/** The values a coder can pick; a scale wider than 41 steps offers its ends and its labelled points. */
export function scaleValues(scale: Scale): number[] {
  const lo = Math.ceil(scale.min);
  const hi = Math.floor(scale.max);
  if (hi - lo <= 40) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const labelled = Object.keys(scale.labels).map(Number).filter((n) => n >= scale.min && n <= scale.max);
  return [...new Set([scale.min, ...labelled, scale.max])].sort((a, b) => a - b);
}

export const formatWeight = (w: number): string => (w > 0 ? `+${w}` : w < 0 ? `−${-w}` : '0');

/** "+1 supportive", or just "+1" when the value has no label. */
export function weightLabel(scale: Scale | null, w: number | null): string {
  if (w === null) return 'no weight';
  const label = scale?.labels[String(w)];
  return label ? `${formatWeight(w)} ${label}` : formatWeight(w);
}
