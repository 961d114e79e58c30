// The consensus layer: disagreements between two coders, and decisions on them.
// Decisions write excerpts of the project's consensus coder; the coders' own
// excerpts are never touched, so agreement can always be recomputed on them.
import { ApiError } from '../../shared/api/envelope';
import { findDisagreements, type Span, union } from '../../shared/consensus/disagreements';
import { newId } from '../ids';
import type { ProjectDb } from '../open';
import { listCodes } from './codebook';
import { insertExcerpt } from './excerpts';

export const CONSENSUS_CODER = 'Consensus';

export interface DisagreementItem {
  key: string;
  codeId: string;
  codePath: string;
  documentId: string;
  documentName: string;
  start: number;
  end: number;
  a: Span[];
  b: Span[];
  kind: 'onlyA' | 'onlyB' | 'boundary';
  text: string;
  decision: { id: string; outcome: string; note: string; decidedBy: string | null; at: string } | null;
}

export function consensusCoderId(p: ProjectDb): string {
  const row = p.sqlite.prepare("SELECT id FROM coder WHERE kind = 'consensus' LIMIT 1").get() as { id: string } | undefined;
  if (row) return row.id;
  const id = newId();
  const taken = p.sqlite.prepare('SELECT 1 FROM coder WHERE name = ?').get(CONSENSUS_CODER);
  p.sqlite.prepare("INSERT INTO coder (id, name, colour, kind) VALUES (?, ?, '#495057', 'consensus')").run(id, taken ? `${CONSENSUS_CODER} layer` : CONSENSUS_CODER);
  return id;
}

function spansOf(p: ProjectDb, coderId: string, codeId: string, documentId: string): Span[] {
  return p.sqlite
    .prepare('SELECT e.start, e."end" FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id WHERE e.coder_id = ? AND ec.code_id = ? AND e.document_id = ?')
    .all(coderId, codeId, documentId) as Span[];
}

export function listDisagreements(p: ProjectDb, coderA: string, coderB: string, filter: { codeId?: string | undefined; documentId?: string | undefined } = {}): DisagreementItem[] {
  const codes = listCodes(p).filter((c) => !filter.codeId || c.id === filter.codeId);
  const docs = (p.sqlite.prepare('SELECT id, name, text FROM document ORDER BY position, name').all() as { id: string; name: string; text: string }[]).filter(
    (d) => !filter.documentId || d.id === filter.documentId,
  );
  const decisions = p.sqlite.prepare(
    'SELECT id, outcome, note, decided_by AS decidedBy, updated_at AS at FROM decision WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ? AND coder_a = ? AND coder_b = ? ORDER BY updated_at DESC LIMIT 1',
  );
  const out: DisagreementItem[] = [];
  for (const code of codes) {
    for (const d of docs) {
      const { disagreements } = findDisagreements(spansOf(p, coderA, code.id, d.id), spansOf(p, coderB, code.id, d.id));
      for (const x of disagreements) {
        const decision = (decisions.get(code.id, d.id, x.start, x.end, coderA, coderB) as DisagreementItem['decision'] | undefined) ?? null;
        out.push({ key: `${code.id}:${d.id}:${x.start}:${x.end}`, codeId: code.id, codePath: code.path, documentId: d.id, documentName: d.name, ...x, text: d.text.slice(x.start, x.end), decision });
      }
    }
  }
  return out;
}

export type Outcome = 'accept_a' | 'accept_b' | 'union' | 'edit' | 'skip';

export interface DecisionInput {
  coderA: string;
  coderB: string;
  codeId: string;
  documentId: string;
  start: number;
  end: number;
  outcome: Outcome;
  decidedBy: string | null;
  note?: string | undefined;
  /** For 'edit': the consensus range. */
  edited?: Span | undefined;
}

/** Record a decision and write its consensus coding; a repeated decision replaces the earlier one. */
export function decide(p: ProjectDb, input: DecisionInput): string {
  const item = listDisagreements(p, input.coderA, input.coderB, { codeId: input.codeId, documentId: input.documentId }).find((x) => x.start === input.start && x.end === input.end);
  if (!item) throw new ApiError('not_found', 'that disagreement no longer exists (the codings changed); reload the list');
  const consensus = consensusCoderId(p);
  // Replace an earlier decision on the same stretch, and the consensus coding it wrote.
  const earlier = p.sqlite.prepare('SELECT id, consensus_excerpt_id AS ex FROM decision WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ? AND coder_a = ? AND coder_b = ?').all(input.codeId, input.documentId, input.start, input.end, input.coderA, input.coderB) as { id: string; ex: string | null }[];
  for (const e of earlier) p.sqlite.prepare('DELETE FROM decision WHERE id = ?').run(e.id);
  if (earlier.length > 0) {
    p.sqlite
      .prepare(
        `DELETE FROM excerpt WHERE coder_id = ? AND document_id = ? AND start >= ? AND "end" <= ?
           AND id IN (SELECT excerpt_id FROM excerpt_code WHERE code_id = ?)`,
      )
      .run(consensus, input.documentId, input.start, input.end, input.codeId);
  }
  const ranges: Span[] =
    input.outcome === 'accept_a' ? item.a : input.outcome === 'accept_b' ? item.b : input.outcome === 'union' ? [{ start: item.start, end: item.end }] : input.outcome === 'edit' ? (input.edited ? [input.edited] : []) : [];
  if (input.outcome === 'edit' && !input.edited) throw new ApiError('bad_input', "an 'edit' decision needs the edited range");
  let first: string | null = null;
  for (const r of union(ranges)) {
    const id = insertExcerpt(p, { documentId: input.documentId, coderId: consensus, start: r.start, end: r.end, codes: [{ codeId: input.codeId }], memo: input.note ?? '' });
    first ??= id;
  }
  const id = newId();
  p.sqlite
    .prepare('INSERT INTO decision (id, code_id, document_id, start, "end", coder_a, coder_b, outcome, decided_by, note, consensus_excerpt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, input.codeId, input.documentId, input.start, input.end, input.coderA, input.coderB, input.outcome, input.decidedBy, input.note ?? '', first);
  return id;
}

/** Copy every stretch both coders coded alike into the consensus layer (once). */
export function acceptAgreements(p: ProjectDb, coderA: string, coderB: string, codeId?: string): number {
  const consensus = consensusCoderId(p);
  const codes = listCodes(p).filter((c) => !codeId || c.id === codeId);
  const docs = p.sqlite.prepare('SELECT id FROM document').all() as { id: string }[];
  let created = 0;
  for (const c of codes) {
    for (const d of docs) {
      const have = union(spansOf(p, consensus, c.id, d.id));
      for (const s of findDisagreements(spansOf(p, coderA, c.id, d.id), spansOf(p, coderB, c.id, d.id)).agreements) {
        if (have.some((h) => h.start <= s.start && s.end <= h.end)) continue;
        insertExcerpt(p, { documentId: d.id, coderId: consensus, start: s.start, end: s.end, codes: [{ codeId: c.id }] });
        created++;
      }
    }
  }
  return created;
}
