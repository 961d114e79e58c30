// The fake Qualia's project tools: speaker → case mapping, merging a coder's copy,
// and splitting a code. Edits are recorded on the coding fake's undo log (with its
// labels), so the status bar names them as the server would. Spread into the fake
// client's handlers, so every answer is checked against the contract.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { Excerpt } from '../../shared/api/schemas';
import type { FakeProject } from './fakeClient';
import { codingData, fakeChange, fakeCode, newId } from './fakeCoding';

type ExtrasMethods = 'documents.speakers' | 'documents.mapSpeaker' | 'project.merge' | 'codes.excerpts' | 'codes.split';

/** A coder's copy the fake can merge: it brings a coder, Carla, and disagrees about Mentoring's definition. */
export const carlaCopyPath = '/home/carla/study-carla.qualia';

/** Speaker → case per document; a speaker named like a case starts as that case's. */
const mappings = new WeakMap<FakeProject, Map<string, Map<string, string | null>>>();

function mappingOf(p: FakeProject, documentId: string): Map<string, string | null> {
  let byDoc = mappings.get(p);
  if (!byDoc) mappings.set(p, (byDoc = new Map()));
  let m = byDoc.get(documentId);
  if (!m) {
    m = new Map();
    const doc = p.documents.find((d) => d.id === documentId)!;
    for (const s of doc.segments) {
      if (s.kind === 'turn' && s.speaker && !m.has(s.speaker)) m.set(s.speaker, p.cases.cases.find((c) => c.name === s.speaker)?.id ?? null);
    }
    byDoc.set(documentId, m);
  }
  return m;
}

/** Excerpts (of `codeId`, on `coderId`) at the first place each phrase occurs, for seeding codingData. */
export function excerptsAt(p: FakeProject, documentId: string, coderId: string, codeId: string, phrases: string[]): Excerpt[] {
  const text = p.documents.find((d) => d.id === documentId)!.text;
  return phrases.map((phrase, i) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`fakeExtras: "${phrase}" is not in ${documentId}`);
    return { id: `x-${codeId}-${coderId}-${i}`, documentId, coderId, start, end: start + phrase.length, memo: '', codes: [{ codeId, weight: null }], createdAt: '2025-11-01T10:00:00.000Z' };
  });
}

export function extrasHandlers(need: () => FakeProject): Pick<Api, ExtrasMethods> {
  const change = fakeChange(need);
  const doc = (id: string) => {
    const found = need().documents.find((d) => d.id === id);
    if (!found) throw new ApiError('not_found', `no document with id "${id}"`);
    return found;
  };
  const code = fakeCode(need);
  const speakers = (documentId: string) => {
    const p = need();
    const m = mappingOf(p, doc(documentId).id);
    return [...m].map(([speaker, caseId]) => ({
      speaker,
      turns: doc(documentId).segments.filter((s) => s.kind === 'turn' && s.speaker === speaker).length,
      caseId,
      caseName: p.cases.cases.find((c) => c.id === caseId)?.name ?? null,
    }));
  };

  return {
    'documents.speakers': async ({ id }) => speakers(id),
    'documents.mapSpeaker': async ({ id, speaker, caseId }) => {
      const m = mappingOf(need(), doc(id).id);
      if (!m.has(speaker)) throw new ApiError('not_found', `no turns by "${speaker}" in "${doc(id).name}"`);
      if (caseId !== null && !need().cases.cases.some((c) => c.id === caseId)) throw new ApiError('not_found', `no case with id "${caseId}"`);
      change(`map speaker '${speaker}'`, () => m.set(speaker, caseId));
      return speakers(id);
    },

    'project.merge': async ({ sourcePath }) => {
      if (sourcePath === need().info.path) throw new ApiError('bad_input', 'cannot merge a project into itself');
      if (sourcePath !== carlaCopyPath) throw new ApiError('file_error', `${sourcePath}: no such file`);
      const added = { documents: 0, coders: 0, codes: 0, cases: 0, fields: 0, values: 0, excerpts: 0, codings: 0, memos: 0, themes: 0 };
      return change(`merge ${sourcePath.replace(/^.*\//, '')}`, (p) => {
        if (!p.coders.some((c) => c.name === 'Carla')) {
          p.coders.push({ id: 'coder-carla', name: 'Carla', colour: '#ae3ec9', kind: 'person' });
          added.coders = 1;
        }
        const conflicts = [{ kind: 'code', id: 'c-mentoring', name: 'Learning > Mentoring', detail: 'edited differently in the source (name, definition, colour or weight scale); kept this version' }];
        return { added, conflicts };
      });
    },

    'codes.excerpts': async ({ id }) => {
      const p = need();
      code(id);
      const order = (documentId: string) => p.documents.findIndex((d) => d.id === documentId);
      return codingData(p)
        .excerpts.filter((e) => e.codes.some((c) => c.codeId === id))
        .sort((a, b) => order(a.documentId) - order(b.documentId) || a.start - b.start)
        .map((e) => ({
          excerptId: e.id,
          documentId: e.documentId,
          documentName: doc(e.documentId).name,
          coderId: e.coderId,
          coder: p.coders.find((c) => c.id === e.coderId)?.name ?? '?',
          start: e.start,
          end: e.end,
          text: doc(e.documentId).text.slice(e.start, e.end),
        }));
    },
    'codes.split': async ({ id, newName, excerptIds }) => {
      const source = code(id);
      if (need().codes.some((c) => c.parentId === source.parentId && c.name === newName)) throw new ApiError('conflict', `a code named "${newName}" already exists there`);
      const d = codingData(need());
      for (const e of excerptIds) {
        if (!d.excerpts.some((x) => x.id === e && x.codes.some((c) => c.codeId === id))) throw new ApiError('bad_input', `excerpt "${e}" does not carry "${source.name}"`);
      }
      const created = newId('code');
      const moved = change(`split '${source.name}' into '${newName}'`, (p, data) => {
        const at = p.codes.findIndex((c) => c.id === id);
        p.codes.splice(at + 1, 0, { ...source, id: created, name: newName, path: newName, definition: `Split from "${source.path}".`, inclusion: '', exclusion: '', example: '', excerpts: 0 });
        for (const e of data.excerpts) {
          if (excerptIds.includes(e.id)) e.codes = e.codes.map((c) => (c.codeId === id ? { ...c, codeId: created } : c));
        }
        return excerptIds.length;
      });
      return { code: code(created), moved };
    },
  };
}
