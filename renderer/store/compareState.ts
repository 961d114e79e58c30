// The Compare view's state shapes: the query, the report, the disagreement being
// decided, and what the consensus layer holds. Actions live in compareSlice.ts.
import type {
  AgreementReport,
  Code,
  Coder,
  Disagreement,
  DocumentDetail,
  Excerpt,
  ProjectSettings,
  UndoState,
} from '../../shared/api/schemas';
import type { Out } from '../../shared/api/contract';

/** Agreement among three or more coders, per code (docs/agreement.md §10). */
export type MultiReport = Out<'agreement.multi'>;

export type CompareUnit = 'character' | 'segment';
export type Outcome = 'accept_a' | 'accept_b' | 'union' | 'edit' | 'skip';
export const DEFAULT_MIN_OVERLAP = 0.9;

export interface CompareQuery {
  coderA: string | null;
  coderB: string | null;
  unit: CompareUnit;
  /** Share of the two segments' union that must overlap (segment unit only). */
  minOverlap: number;
  /** Coders C, D, … compared with A and B in the "among N coders" table (character level). */
  extra: string[];
}

/** A query that has run: both coders chosen. */
export interface ComparedQuery extends CompareQuery {
  coderA: string;
  coderB: string;
}

export interface DecisionOptions {
  decidedBy: string | null;
  note?: string;
  edited?: { start: number; end: number };
}

export interface CompareSlice {
  compareSettings: ProjectSettings | null;
  compareCoders: Coder[];
  compareCodes: Code[];
  compareQuery: CompareQuery;
  /** The query the shown report (and disagreement list) answers. */
  comparedQuery: ComparedQuery | null;
  compareReport: AgreementReport | null;
  /** Agreement among A, B and the extra coders, when there are any. */
  compareMulti: MultiReport | null;
  compareComputing: boolean;
  compareCodeId: string | null;
  disagreements: Disagreement[];
  disagreementIndex: number;
  disagreementsLoading: boolean;
  compareDocs: Record<string, DocumentDetail>;
  /** The consensus coder's excerpts, by document id. */
  consensusExcerpts: Record<string, Excerpt[]>;
  compareUndo: UndoState;
  compareDeciding: boolean;
  compareNotice: string | null;
  methodsText: string | null;
  /** Bumped by every change to the consensus layer (decide, accept agreements, undo). */
  consensusRevision: number;
  loadCompare(): Promise<void>;
  setCompareQuery(patch: Partial<CompareQuery>): void;
  computeAgreement(): Promise<void>;
  openCodeDisagreements(codeId: string): Promise<void>;
  stepDisagreement(delta: number): void;
  gotoDisagreement(index: number): void;
  decideDisagreement(outcome: Outcome, options: DecisionOptions): Promise<boolean>;
  acceptAllAgreements(codeId?: string): Promise<void>;
  undoCompare(): Promise<void>;
  loadMethods(): Promise<void>;
  /** Re-read after an undo or redo made elsewhere in the window (the top bar's buttons). */
  syncCompare(): Promise<void>;
  /** Put a code in an existing theme ({ themeId }) or a new one ({ name }); says so in the notice. */
  addCodeToTheme(codeId: string, target: { themeId: string } | { name: string }): Promise<boolean>;
}

export const initialCompare = {
  compareSettings: null,
  compareCoders: [] as Coder[],
  compareCodes: [] as Code[],
  compareQuery: { coderA: null, coderB: null, unit: 'character', minOverlap: DEFAULT_MIN_OVERLAP, extra: [] } as CompareQuery,
  comparedQuery: null,
  compareReport: null,
  compareMulti: null,
  compareComputing: false,
  compareCodeId: null,
  disagreements: [] as Disagreement[],
  disagreementIndex: 0,
  disagreementsLoading: false,
  compareDocs: {} as Record<string, DocumentDetail>,
  consensusExcerpts: {} as Record<string, Excerpt[]>,
  compareUndo: { undo: null, redo: null } as UndoState,
  compareDeciding: false,
  compareNotice: null,
  methodsText: null,
  consensusRevision: 0,
} satisfies Partial<CompareSlice>;

/** The next undecided item after `from` (wrapping), or `from` when all are decided. */
export function nextUndecided(list: Disagreement[], from: number): number {
  for (let step = 1; step <= list.length; step++) {
    const i = (from + step) % list.length;
    if (!list[i]!.decision) return i;
  }
  return Math.max(0, Math.min(from, list.length - 1));
}

/** True when no coder is chosen twice among A, B and the extra coders. */
export function distinctCoders(q: CompareQuery): boolean {
  const all = [q.coderA, q.coderB, ...q.extra];
  return new Set(all).size === all.length;
}
