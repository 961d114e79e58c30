// The two coders being compared, as chosen for the report on screen.
import type { Coder } from '../../../shared/api/schemas';
import { useStore } from '../../store';

export interface ComparedCoders {
  a: Coder | null;
  b: Coder | null;
  /** Names as the report gives them (the coders may since have been renamed). */
  aName: string;
  bName: string;
}

const FALLBACK = { a: '#1f77b4', b: '#d62728' };

export function useComparedCoders(): ComparedCoders {
  const query = useStore((s) => s.comparedQuery);
  const coders = useStore((s) => s.compareCoders);
  const names = useStore((s) => s.compareReport?.coders);
  const a = coders.find((c) => c.id === query?.coderA) ?? null;
  const b = coders.find((c) => c.id === query?.coderB) ?? null;
  return { a, b, aName: names?.[0] ?? a?.name ?? 'A', bName: names?.[1] ?? b?.name ?? 'B' };
}

export const colourOf = (coder: Coder | null, which: 'a' | 'b'): string => coder?.colour ?? FALLBACK[which];
