// Document facts other than the text, read once per query. A document row holds
// its whole transcript, and columns stored after the text (position, case) sit
// behind its overflow pages: joining document per excerpt row reads every
// transcript again for each of its excerpts. Joining in memory avoids that.
import type { ProjectDb } from '../open';

export interface DocumentMeta {
  id: string;
  name: string;
  position: number;
  caseId: string | null;
  characters: number;
}

export function documentMeta(p: ProjectDb): Map<string, DocumentMeta> {
  const rows = p.sqlite.prepare('SELECT id, name, position, case_id AS caseId, characters FROM document').all() as DocumentMeta[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Document order as shown everywhere: position, then name. */
export const byDocumentOrder = (meta: Map<string, DocumentMeta>) => (a: string, b: string) => {
  const x = meta.get(a)!;
  const y = meta.get(b)!;
  return x.position - y.position || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
};
