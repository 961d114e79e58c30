// Codings and themes for the fake Qualia's analysis methods. `analysisProject()`
// is the study project plus a second interviewee (an expert) and a consensus
// coder, so matrices have two columns and both layers hold something.
import type { DocumentDetail, Theme } from '../../shared/api/schemas';
import { codePointLength } from '../../shared/text/codePoints';
import { findSegments } from '../../shared/text/segments';
import { type FakeProject, studyProject } from './fakeClient';

export interface FakeCoding {
  id: string;
  documentId: string;
  coder: string;
  /** UTF-16 offsets, as the core stores them. */
  start: number;
  end: number;
  memo: string;
  codes: { codeId: string; weight: number | null }[];
}

export interface FakeAnalysisState {
  codings: FakeCoding[];
  themes: Theme[];
  nextId: number;
}

export const rocioText = `Interviewer: What do you tell the new people?

Rocío: I let them watch me for a week. Then they handle the easy contracts.

Interviewer: And the platform?

Rocío: The platform is fine for rules, but nobody learns the job from a screen.
`;

export function analysisProject(): FakeProject {
  const p = studyProject();
  const rocio: DocumentDetail = {
    id: 'doc-rocio',
    name: 'Interview 2',
    kind: 'interview',
    case: 'Rocío',
    sourceName: 'rocio.txt',
    text: rocioText,
    characters: codePointLength(rocioText),
    sha256: 'sha-doc-rocio',
    segments: findSegments(rocioText).map((s, i) => ({ id: `doc-rocio-s${i + 1}`, ...s })),
  };
  p.documents.push(rocio);
  p.cases.cases.push({ id: 'case-rocio', name: 'Rocío', values: { expertise: 'expert', tenure: '9', area: 'Sales' } });
  p.coders.push({ id: 'coder-consensus', name: 'Consensus', colour: '#495057', kind: 'consensus' });
  p.info = { ...p.info, counts: { ...p.info.counts, documents: 3, cases: 2, coders: 3, themes: 2 } };
  return p;
}

const SEEDS: { id: string; doc: string; coder: string; quote: string; codes: [string, number | null][]; memo?: string }[] = [
  { id: 'x1', doc: 'doc-lucia', coder: 'Ana', quote: 'Mostly by watching Rocío.', codes: [['c-mentoring', null]] },
  { id: 'x2', doc: 'doc-lucia', coder: 'Ben', quote: 'Mostly by watching Rocío. She let me handle the easy contracts first', codes: [['c-mentoring', null]] },
  { id: 'x3', doc: 'doc-lucia', coder: 'Ana', quote: 'Honestly, nobody reads them.', codes: [['c-tech', -1]], memo: '-1: dismissive' },
  { id: 'x4', doc: 'doc-lucia', coder: 'Ana', quote: 'La tecnología ayuda, pero aprendí más con Rocío', codes: [['c-tech', 1], ['c-mentoring', null]] },
  { id: 'x5', doc: 'doc-notes', coder: 'Ben', quote: 'The team lead narrated each step aloud', codes: [['c-mentoring', null], ['c-learning', null]] },
  { id: 'x6', doc: 'doc-rocio', coder: 'Ana', quote: 'I let them watch me for a week.', codes: [['c-mentoring', null]] },
  { id: 'x7', doc: 'doc-rocio', coder: 'Ben', quote: 'I let them watch me for a week. Then they handle the easy contracts.', codes: [['c-mentoring', null]] },
  { id: 'x8', doc: 'doc-rocio', coder: 'Ana', quote: 'nobody learns the job from a screen', codes: [['c-tech', -2]] },
  { id: 'x9', doc: 'doc-rocio', coder: 'Ben', quote: 'The platform is fine for rules, but nobody learns the job from a screen.', codes: [['c-tech', -1]] },
  { id: 'x10', doc: 'doc-lucia', coder: 'Consensus', quote: 'Mostly by watching Rocío.', codes: [['c-mentoring', null]] },
];

/** Codings whose document and coder exist in `p` (the plain study project has no Rocío). */
export function seedState(p: FakeProject): FakeAnalysisState {
  const codings: FakeCoding[] = [];
  for (const s of SEEDS) {
    const doc = p.documents.find((d) => d.id === s.doc);
    if (!doc || !p.coders.some((c) => c.name === s.coder)) continue;
    const start = doc.text.indexOf(s.quote);
    if (start < 0) throw new Error(`fake seed ${s.id}: quote not in ${doc.name}`);
    codings.push({ id: s.id, documentId: doc.id, coder: s.coder, start, end: start + s.quote.length, memo: s.memo ?? '', codes: s.codes.map(([codeId, weight]) => ({ codeId, weight })) });
  }
  const known = (id: string) => p.codes.some((c) => c.id === id);
  const themes: Theme[] = [
    {
      id: 'theme-others',
      name: 'Learning from colleagues',
      description: 'Newcomers learn by watching someone more experienced, not from courses.',
      position: 0,
      codeIds: ['c-mentoring'].filter(known),
      starred: [],
    },
    {
      id: 'theme-tech',
      name: 'Doubts about e-learning',
      description: 'Online courses are seen as a rulebook at best.',
      position: 1,
      codeIds: ['c-tech'].filter(known),
      starred: [],
    },
  ];
  return { codings, themes: p.codes.length ? themes : [], nextId: 1 };
}
