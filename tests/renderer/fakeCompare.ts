// The Compare view's half of the in-memory Qualia: agreement reports, disagreements
// computed from a handful of codings with the real shared/consensus code, decisions
// into a consensus layer, and undo; agreement among three coders (fakeCompareMulti).
// Themes come from the base fake (fakeAnalysis). Installed on a fakeClient, so every
// answer is still checked against the contract's output schemas.
import { screen } from '@testing-library/react';
import type { Out } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { AgreementReport, Coder, Excerpt, ProjectSettings } from '../../shared/api/schemas';
import { findDisagreements, type Span, union } from '../../shared/consensus/disagreements';
import { type FakeClient, fakeClient, fieldnoteText, luciaText, studyPath } from './fakeClient';
import { CARLA, type FakeCoding as Coding, installMulti } from './fakeCompareMulti';
import { renderApp } from './renderApp';

const texts: Record<string, string> = { 'doc-lucia': luciaText, 'doc-notes': fieldnoteText };
const docNames: Record<string, string> = { 'doc-lucia': 'Interview 1', 'doc-notes': 'Field notes — warehouse' };
const codePaths: Record<string, string> = { 'c-learning': 'Learning', 'c-mentoring': 'Learning > Mentoring', 'c-tech': 'Technology attitude' };

function at(documentId: string, quote: string): Span {
  const start = texts[documentId]!.indexOf(quote);
  if (start < 0) throw new Error(`fakeCompare: "${quote}" not in ${documentId}`);
  return { start, end: start + quote.length };
}

const coding = (coderId: string, documentId: string, codeId: string, quote: string): Coding => ({ coderId, documentId, codeId, ...at(documentId, quote) });

/**
 * On "Learning > Mentoring" Ana and Ben disagree four times, in this order:
 * a boundary (Ben's stretch runs past the emoji), only Ana, only Ben, and only Ana
 * in the field notes. They agree on one stretch of "Learning".
 */
export const codings: Coding[] = [
  coding('coder-ana', 'doc-lucia', 'c-mentoring', 'Mostly by watching Rocío.'),
  coding('coder-ben', 'doc-lucia', 'c-mentoring', 'Mostly by watching Rocío. She let me handle the easy contracts first 😊 and then the seasonal ones.'),
  coding('coder-ana', 'doc-lucia', 'c-mentoring', 'Honestly, nobody reads them.'),
  coding('coder-ben', 'doc-lucia', 'c-mentoring', 'aprendí más con Rocío'),
  coding('coder-ana', 'doc-notes', 'c-mentoring', 'The team lead narrated each step aloud'),
  coding('coder-ana', 'doc-lucia', 'c-learning', 'How did you learn the job?'),
  coding('coder-ben', 'doc-lucia', 'c-learning', 'How did you learn the job?'),
];

/** A third coder's codings (with `{ carla: true }`): Learning as both others, Mentoring her own way. */
export const carlaCodings: Coding[] = [
  coding(CARLA.id, 'doc-lucia', 'c-learning', 'How did you learn the job?'),
  coding(CARLA.id, 'doc-lucia', 'c-mentoring', 'Mostly by watching Rocío. She let me handle the easy contracts first'),
  coding(CARLA.id, 'doc-lucia', 'c-mentoring', 'aprendí más con Rocío'),
  coding(CARLA.id, 'doc-notes', 'c-mentoring', 'The team lead narrated each step aloud; nobody opened the e-learning portal.'),
];

type Row = AgreementReport['byCode'][number];
const row = (code: string, c: [number, number, number, number], pa: number, kappa: number | null, alpha: number | null, reason: string | null = null): Row => ({
  code, both: c[0], onlyA: c[1], onlyB: c[2], neither: c[3], percentAgreement: pa, kappa, alpha, reason,
});
const noVariation = 'no variation: neither coder applied the code';

export function characterReport(names: [string, string]): AgreementReport {
  const byCode = [
    row('Learning', [10, 40, 50, 2060], 0.958333, 0.15234, 0.15), // poor
    row('Learning > Mentoring', [120, 30, 10, 2000], 0.981481, 0.84123, 0.84089), // strong
    row('Technology attitude', [0, 0, 0, 2160], 1, null, null, noVariation),
  ];
  const split = (r: Row, first: [number, number, number, number]) => [
    { ...r, document: docNames['doc-lucia']!, both: first[0], onlyA: first[1], onlyB: first[2], neither: first[3] },
    { ...r, document: docNames['doc-notes']!, both: r.both - first[0], onlyA: r.onlyA - first[1], onlyB: r.onlyB - first[2], neither: (r.neither ?? 0) - first[3] },
  ];
  return {
    unit: 'character',
    coders: names,
    minOverlap: null,
    rows: [
      ...split(byCode[0]!, [10, 40, 50, 1400]),
      ...split(byCode[1]!, [100, 20, 10, 1370]).map((r, i) => (i === 1 ? { ...r, kappa: 0.6532, alpha: 0.65, percentAgreement: 0.98 } : { ...r, kappa: 0.8701, alpha: 0.87 })),
      ...split(byCode[2]!, [0, 0, 0, 1500]),
    ],
    byCode,
    overall: { percentAgreement: 0.979938, pooledKappa: 0.60125, alpha: 0.59871, kappaModel: 'pooled Cohen κ (De Vries et al. 2008)', reason: null },
    weights: [{ code: 'Technology attitude', pairs: 1, alpha: null, pearsonR: null, reason: 'fewer than 2 pairs of weighted excerpts' }],
    excerpts: { a: 4, b: 3 },
    documents: 2,
  };
}

export function segmentReport(names: [string, string], minOverlap: number): AgreementReport {
  const seg = (code: string, c: [number, number, number], pa: number | null, reason: string | null = null): Row => ({
    code, both: c[0], onlyA: c[1], onlyB: c[2], neither: null, percentAgreement: pa, kappa: null, alpha: null, reason,
  });
  const byCode = [seg('Learning', [1, 0, 0], 1), seg('Learning > Mentoring', [0, 3, 2], 0), seg('Technology attitude', [0, 0, 0], null, 'no segments')];
  return {
    unit: 'segment',
    coders: names,
    minOverlap,
    rows: byCode.map((r) => ({ ...r, document: docNames['doc-lucia']! })),
    byCode,
    overall: { percentAgreement: 0.285714, pooledKappa: -0.071429, alpha: null, kappaModel: 'Brennan & Prediger κ with q = 3 codes', reason: null },
    weights: [],
    excerpts: { a: 4, b: 3 },
    documents: 2,
  };
}

interface Decision {
  id: string;
  key: string;
  outcome: string;
  note: string;
  decidedBy: string | null;
  at: string;
}

export interface CompareFake {
  readonly decisions: Decision[];
  /** The last `agreement.multi` answer. */
  multi(): Out<'agreement.multi'> | null;
  /** The consensus layer: the consensus coder's codings. */
  consensus(): Coding[];
}

const CONSENSUS: Coder = { id: 'coder-consensus', name: 'Consensus', colour: '#495057', kind: 'consensus' };
const keyOf = (c: { codeId: string; documentId: string; start: number; end: number }) => `${c.codeId}:${c.documentId}:${c.start}:${c.end}`;

export interface CompareOptions {
  /** A third person coder, Carla, with codings of her own. */
  carla?: boolean;
}

export function installCompare(client: FakeClient, settings: Partial<ProjectSettings> = {}, options: CompareOptions = {}): CompareFake {
  const people: Coder[] = [
    { id: 'coder-ana', name: 'Ana', colour: '#4c6ef5', kind: 'person' },
    { id: 'coder-ben', name: 'Ben', colour: '#f76707', kind: 'person' },
    ...(options.carla ? [CARLA] : []),
  ];
  let consensusCreated = false;
  let state = { codings: [...codings, ...(options.carla ? carlaCodings : [])], decisions: [] as Decision[] };
  const undo: { label: string; before: typeof state }[] = [];
  let serial = 0;
  const change = (label: string) => {
    undo.push({ label, before: { codings: [...state.codings], decisions: [...state.decisions] } });
    consensusCreated = true;
  };
  const spans = (coderId: string, codeId: string, documentId: string) =>
    state.codings.filter((c) => c.coderId === coderId && c.codeId === codeId && c.documentId === documentId);
  const nameOf = (id: string) => {
    const c = people.find((p) => p.id === id);
    if (!c) throw new ApiError('not_found', `no coder "${id}"`);
    return c.name;
  };
  const list = (coderA: string, coderB: string, codeId?: string) =>
    Object.keys(codePaths)
      .filter((c) => !codeId || c === codeId)
      .flatMap((code) =>
        Object.keys(texts).flatMap((doc) =>
          findDisagreements(spans(coderA, code, doc), spans(coderB, code, doc)).disagreements.map((x) => {
            const key = keyOf({ codeId: code, documentId: doc, ...x });
            const decision = state.decisions.find((d) => d.key === key);
            return {
              key, codeId: code, codePath: codePaths[code]!, documentId: doc, documentName: docNames[doc]!, ...x, text: texts[doc]!.slice(x.start, x.end),
              decision: decision ? { id: decision.id, outcome: decision.outcome, note: decision.note, decidedBy: decision.decidedBy, at: decision.at } : null,
            };
          }),
        ),
      );
  const toExcerpt = (c: Coding, i: number): Excerpt => ({ id: `ex-${i}`, documentId: c.documentId, coderId: c.coderId, start: c.start, end: c.end, memo: '', codes: [{ codeId: c.codeId, weight: null }], createdAt: '2025-11-20T10:00:00.000Z' });
  const outcomeLabel: Record<string, string> = { accept_a: 'accept A', accept_b: 'accept B', union: 'accept both', edit: 'edit', skip: 'skip' };

  let current: ProjectSettings = { blind: false, revealed: false, ownerCoderId: null, ...settings };
  client.handle('project.settings', async () => current);
  client.handle('project.updateSettings', async (patch) => (current = { ...current, ...patch }));
  client.handle('coders.list', async () => (consensusCreated ? [...people, CONSENSUS] : people));
  client.handle('edit.state', async () => ({ undo: undo.at(-1)?.label ?? null, redo: null }));
  client.handle('edit.undo', async () => {
    const last = undo.pop();
    if (!last) throw new ApiError('conflict', 'nothing to undo');
    state = last.before;
    return { undo: undo.at(-1)?.label ?? null, redo: last.label, undone: last.label };
  });
  client.handle('agreement.compute', async ({ coders, unit, minOverlap }) => {
    const names: [string, string] = [nameOf(coders[0]), nameOf(coders[1])];
    return unit === 'segment' ? segmentReport(names, minOverlap ?? 0.9) : characterReport(names);
  });
  client.handle('agreement.methods', async ({ coders, unit }) => ({
    text: `${nameOf(coders[0])} and ${nameOf(coders[1])} coded 2 documents independently, compared at the ${unit} level. Decisions: ${state.decisions.length}.`,
  }));
  client.handle('consensus.disagreements', async ({ coderA, coderB, codeId, documentId }) =>
    list(coderA, coderB, codeId).filter((d) => !documentId || d.documentId === documentId),
  );
  client.handle('consensus.decide', async (input) => {
    const item = list(input.coderA, input.coderB, input.codeId).find((d) => d.documentId === input.documentId && d.start === input.start && d.end === input.end);
    if (!item) throw new ApiError('not_found', 'that disagreement no longer exists (the codings changed); reload the list');
    if (input.outcome === 'edit' && !input.edited) throw new ApiError('bad_input', "an 'edit' decision needs the edited range");
    change(`consensus: ${outcomeLabel[input.outcome]}`);
    const inside = (c: Coding) => c.coderId === CONSENSUS.id && c.codeId === input.codeId && c.documentId === input.documentId && c.start >= input.start && c.end <= input.end;
    const ranges = { accept_a: item.a, accept_b: item.b, union: [{ start: item.start, end: item.end }], edit: input.edited ? [input.edited] : [], skip: [] }[input.outcome];
    const id = `decision-${++serial}`;
    state = {
      codings: [...state.codings.filter((c) => !inside(c)), ...union(ranges).map((r) => ({ coderId: CONSENSUS.id, codeId: input.codeId, documentId: input.documentId, ...r }))],
      decisions: [
        ...state.decisions.filter((d) => d.key !== item.key),
        { id, key: item.key, outcome: input.outcome, note: input.note ?? '', decidedBy: input.decidedBy, at: `2025-11-21T09:${String(serial).padStart(2, '0')}:00.000Z` },
      ],
    };
    return { id };
  });
  client.handle('consensus.acceptAgreements', async ({ coderA, coderB, codeId }) => {
    change('consensus: accept agreed codings');
    let created = 0;
    for (const code of Object.keys(codePaths).filter((c) => !codeId || c === codeId)) {
      for (const doc of Object.keys(texts)) {
        for (const s of findDisagreements(spans(coderA, code, doc), spans(coderB, code, doc)).agreements) {
          state.codings.push({ coderId: CONSENSUS.id, codeId: code, documentId: doc, ...s });
          created++;
        }
      }
    }
    return { created };
  });
  client.handle('excerpts.list', async ({ documentId }) => state.codings.map(toExcerpt).filter((e) => e.documentId === documentId));
  const multi = installMulti(client, { people: () => people, codings: () => state.codings, texts, docNames, codePaths, blocked: () => current.blind && !current.revealed });

  return {
    multi: multi.last,
    get decisions() {
      return state.decisions;
    },
    consensus: () => state.codings.filter((c) => c.coderId === CONSENSUS.id),
  };
}

/** The study project open, the Compare view showing (and its first computation done). */
export async function openCompare(settings: Partial<ProjectSettings> = {}, options: CompareOptions = {}) {
  const client = fakeClient({ openAtLaunch: studyPath });
  const fake = installCompare(client, settings, options);
  const app = renderApp(client);
  await screen.findAllByTestId('doc-item');
  await app.user.click(screen.getByRole('button', { name: 'Compare' }));
  return { client, fake, ...app };
}
