// An in-memory Qualia for component tests. It goes through the real `dispatch`
// and checks every answer against the contract's output schema, so a fake that
// drifts from the contract fails loudly instead of letting the UI pass on bad data.
import type { ApiClient } from '../../shared/api/client';
import { clientFrom } from '../../shared/api/client';
import { type Api, contract, type Method, methods } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { ApiError } from '../../shared/api/envelope';
import type { CasesTable, Code, Coder, DocumentDetail, ProjectInfo, RecentProject } from '../../shared/api/schemas';
import { codePointLength } from '../../shared/text/codePoints';
import { findSegments } from '../../shared/text/segments';
import { codingHandlers } from './fakeCoding';
import { extrasHandlers } from './fakeExtras';
import { importHandlers } from './fakeImport';
import { analysisHandlers } from './fakeAnalysis';

export interface FakeProject {
  info: ProjectInfo;
  documents: DocumentDetail[];
  cases: CasesTable;
  codes: Code[];
  coders: Coder[];
}

export interface FakeCall {
  method: Method;
  input: unknown;
}

export interface FakeClient extends ApiClient {
  calls: FakeCall[];
  callsTo(method: Method): unknown[];
  /** Replace one handler, e.g. to make it fail or stall; `next` is the one it replaces. */
  handle<M extends Method>(method: M, handler: (input: Parameters<Api[M]>[0], next: Api[M]) => ReturnType<Api[M]>): void;
  readonly currentPath: string | null;
}

export interface FakeOptions {
  host?: 'browser' | 'electron';
  projects?: FakeProject[];
  recent?: RecentProject[];
  /** Path of the project open at launch, as with `qualia serve study.qualia`. */
  openAtLaunch?: string;
  /** What the native dialog answers (desktop host only); null means cancelled. */
  pickedPath?: string | null;
}

function makeDocument(
  id: string,
  fields: { name: string; kind: DocumentDetail['kind']; case: string | null; sourceName: string | null; text: string },
): DocumentDetail {
  return {
    id,
    ...fields,
    characters: codePointLength(fields.text),
    sha256: `sha-${id}`,
    segments: findSegments(fields.text).map((s, i) => ({ id: `${id}-s${i + 1}`, ...s })),
  };
}

/**
 * Spanish text, a colon inside a turn that is not a label, an emoji (two UTF-16
 * code units) and a trailing newline: the things that break offset arithmetic.
 */
export const luciaText = `Interviewer: How did you learn the job?

Lucía: Mostly by watching Rocío. She let me handle the easy contracts first 😊 and then the seasonal ones.

Interviewer: And the online courses about tecnología?

Lucía: Honestly, nobody reads them. La tecnología ayuda, pero aprendí más con Rocío: ella me explicaba el porqué.
`;

export const fieldnoteText = `Warehouse visit, Tuesday morning. Two new hires shadowing a team lead at the loading bay.

The team lead narrated each step aloud; nobody opened the e-learning portal.`;

/** What the reader should show for a document: its text minus the "Speaker: " labels. */
export const withoutLabels = (text: string) => text.replace(/^(?:Interviewer|Lucía): /gm, '');

export const studyPath = '/home/ana/study.qualia';
export const pilotPath = '/home/ana/pilot.qualia';
export const missingPath = '/media/usb/old.qualia';

export function studyProject(): FakeProject {
  const documents = [
    makeDocument('doc-lucia', {
      name: 'Interview 1',
      kind: 'interview',
      case: 'Lucía',
      sourceName: 'lucia.docx',
      text: luciaText,
    }),
    makeDocument('doc-notes', {
      name: 'Field notes — warehouse',
      kind: 'fieldnote',
      case: null,
      sourceName: null,
      text: fieldnoteText,
    }),
  ];
  return {
    info: {
      id: 'proj-study',
      path: studyPath,
      name: 'Learning at work',
      schemaVersion: 2,
      counts: { documents: 2, cases: 1, coders: 2, codes: 3, excerpts: 1204, themes: 0 },
    },
    documents,
    cases: {
      fields: [
        { id: 'f-expertise', name: 'expertise', type: 'choice', choices: ['novice', 'intermediate', 'expert'] },
        { id: 'f-tenure', name: 'tenure', type: 'number', choices: [] },
        { id: 'f-area', name: 'area', type: 'text', choices: [] },
      ],
      cases: [{ id: 'case-lucia', name: 'Lucía', values: { expertise: 'novice', tenure: '0.5', area: null } }],
    },
    codes: [
      { id: 'c-learning', parentId: null, name: 'Learning', path: 'Learning', colour: '#4c6ef5', definition: '', inclusion: '', exclusion: '', example: '', position: 0, weight: null, excerpts: 0 },
      { id: 'c-mentoring', parentId: 'c-learning', name: 'Mentoring', path: 'Learning > Mentoring', colour: '#12b886', definition: 'Learning from a more experienced colleague.', inclusion: '', exclusion: '', example: '', position: 0, weight: null, excerpts: 1031 },
      { id: 'c-tech', parentId: null, name: 'Technology attitude', path: 'Technology attitude', colour: '#fa5252', definition: '', inclusion: '', exclusion: '', example: '', position: 1, weight: { min: -2, max: 2, labels: {} }, excerpts: 7 },
    ],
    coders: [
      { id: 'coder-ana', name: 'Ana', colour: '#4c6ef5', kind: 'person' },
      { id: 'coder-ben', name: 'Ben', colour: '#f76707', kind: 'person' },
    ],
  };
}

export function emptyProject(path: string, name: string): FakeProject {
  return {
    info: {
      id: `proj-${name}`,
      path,
      name,
      schemaVersion: 2,
      counts: { documents: 0, cases: 0, coders: 0, codes: 0, excerpts: 0, themes: 0 },
    },
    documents: [],
    cases: { fields: [], cases: [] },
    codes: [],
    coders: [],
  };
}

export const defaultRecent = (): RecentProject[] => [
  { path: studyPath, name: 'Learning at work', openedAt: '2025-11-20T10:00:00.000Z', exists: true },
  { path: missingPath, name: 'Old pilot', openedAt: '2025-10-01T09:30:00.000Z', exists: false },
];

export function fakeClient(opts: FakeOptions = {}): FakeClient {
  const host = opts.host ?? 'browser';
  const projects = new Map((opts.projects ?? [studyProject(), emptyProject(pilotPath, 'Pilot')]).map((p) => [p.info.path, p]));
  let recent = opts.recent ?? defaultRecent();
  let current: FakeProject | null = opts.openAtLaunch ? (projects.get(opts.openAtLaunch) ?? null) : null;
  const calls: FakeCall[] = [];

  const need = () => {
    if (!current) throw new ApiError('no_project', 'no project is open');
    return current;
  };
  const remember = (p: FakeProject) => {
    recent = [
      { path: p.info.path, name: p.info.name, openedAt: new Date().toISOString(), exists: true },
      ...recent.filter((r) => r.path !== p.info.path),
    ];
  };

  const implemented: Partial<Api> = {
    'app.info': async () => ({ host, version: '0.0.0-test', canPickFiles: host === 'electron' }),
    'project.current': async () => current?.info ?? null,
    'project.open': async ({ path }) => {
      const p = projects.get(path);
      if (!p) throw new ApiError('file_error', `${path}: no such file`);
      current = p;
      remember(p);
      return p.info;
    },
    'project.create': async ({ path, name }) => {
      if (projects.has(path)) throw new ApiError('conflict', `${path} already exists`);
      const p = emptyProject(path, name ?? path.replace(/^.*\//, '').replace(/\.qualia$/, ''));
      projects.set(path, p);
      current = p;
      remember(p);
      return p.info;
    },
    'project.close': async () => {
      current = null;
      return null;
    },
    'project.recent': async () => recent,
    'project.pickFile': async () => {
      if (host !== 'electron') throw new ApiError('unsupported', 'file dialogs exist only in the desktop app; type the path instead');
      return { path: opts.pickedPath ?? null };
    },
    'documents.list': async () =>
      need().documents.map(({ id, name, kind, characters, case: caseName }) => ({ id, name, kind, characters, case: caseName })),
    'documents.get': async ({ id }) => {
      const doc = need().documents.find((d) => d.id === id);
      if (!doc) throw new ApiError('not_found', `no document with id or name "${id}"`);
      return doc;
    },
    'cases.list': async () => need().cases,
    'codes.list': async () => need().codes,
    'coders.list': async () => need().coders,
    ...importHandlers(need),
    ...analysisHandlers(need),
    ...codingHandlers(need),
    ...extrasHandlers(need),
  };
  // Methods the UI does not use yet answer like a host without them, so the contract
  // can grow (coding, agreement, …) before their screens and fakes exist.
  const api = Object.fromEntries(
    methods.map((m) => [m, implemented[m] ?? (async () => Promise.reject(new ApiError('unsupported', `the fake client does not implement ${m}`)))]),
  ) as Api;

  const client = clientFrom(async (method, input) => {
    calls.push({ method: method as Method, input });
    const envelope = await dispatch(api, method, input);
    if (envelope.ok) contract[method as Method].output.parse(envelope.value);
    return envelope;
  });

  return {
    call: client.call,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.input),
    handle(method, handler) {
      const next = api[method];
      (api as Record<Method, unknown>)[method] = (input: Parameters<typeof next>[0]) => handler(input, next);
    },
    get currentPath() {
      return current?.info.path ?? null;
    },
  };
}
