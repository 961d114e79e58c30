// Which speaker turn an offset falls in, for many lookups: each document's turns
// are read once and searched in memory (one query per excerpt would dominate
// exports of 100k excerpts).
import type { ProjectDb } from '../open';

export interface TurnInfo {
  start: number;
  end: number;
  speaker: string | null;
  caseId: string | null;
}

export function turnLookup(p: ProjectDb): (documentId: string, offset: number) => TurnInfo | null {
  const read = p.sqlite.prepare(`SELECT start, "end", speaker, case_id AS caseId FROM segment WHERE document_id = ? AND kind = 'turn' ORDER BY start`);
  const cache = new Map<string, TurnInfo[]>();
  return (documentId, offset) => {
    let turns = cache.get(documentId);
    if (!turns) cache.set(documentId, (turns = read.all(documentId) as TurnInfo[]));
    // The last turn starting at or before the offset, if the offset is inside it.
    let lo = 0;
    let hi = turns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const t = turns[lo - 1];
    return t && offset < t.end ? t : null;
  };
}
