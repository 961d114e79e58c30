// Who is deciding: the active coder chosen in the top bar (remembered per project
// by the coding workspace). Without one, the decision bar offers a choice of person coders.
import { useState } from 'react';
import type { Coder } from '../../../shared/api/schemas';
import { useStore } from '../../store';

export interface Decider {
  id: string | null;
  /** True when it is the window's active coder, so the bar shows it rather than a choice. */
  active: boolean;
  choose(id: string): void;
}

export function useDecider(people: Coder[]): Decider {
  const activeId = useStore((s) => s.activeCoderId);
  const [chosen, setChosen] = useState<string | null>(null);
  if (activeId && people.some((p) => p.id === activeId)) return { id: activeId, active: true, choose: setChosen };
  const id = chosen && people.some((p) => p.id === chosen) ? chosen : (people[0]?.id ?? null);
  return { id, active: false, choose: setChosen };
}
