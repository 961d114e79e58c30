// Project tools: whose words a speaker's turns are (speaker → case), merging a
// coder's copy into the open project, splitting a code, and exporting the project
// as REFI-QDA (which changes nothing). Each edit is one undoable step on the
// server; afterwards the store re-reads what it may change.
// Dialog failures are returned for the dialog to show, not put in the banner
// (which a modal would cover).
import type { StateCreator } from 'zustand/vanilla';
import type { Out } from '../../shared/api/contract';
import type { Code } from '../../shared/api/schemas';
import { attempt, errorMessage } from './errorSlice';
import type { Store } from './types';

export type SpeakerRow = Out<'documents.speakers'>[number];
export type MergeReport = Out<'project.merge'>;
export type CodeExcerptRow = Out<'codes.excerpts'>[number];
export type QdpxExportReport = Out<'exchange.exportQdpx'>;
export type CodebookImportReport = Out<'codebook.importFile'>;
export type CodebookExportReport = Out<'codebook.exportFile'>;

/** What a dialog's action answered: the value, or the sentence to show instead. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ExtrasSlice {
  /** A document's speakers and their cases; undefined when the call failed (reported). */
  documentSpeakers(documentId: string): Promise<SpeakerRow[] | undefined>;
  mapSpeaker(documentId: string, speaker: string, caseId: string | null): Promise<SpeakerRow[] | undefined>;
  /** Merge the copy at `sourcePath`, then re-read documents, cases, coders, codes and counts. */
  mergeCopy(sourcePath: string): Promise<Outcome<MergeReport>>;
  /** A native open/save dialog for a project or a .qdpx (desktop only): a path, or null when cancelled. */
  pickPath(mode: 'open' | 'create', kind: 'project' | 'qdpx' | 'codebook'): Promise<Outcome<string | null>>;
  codeExcerpts(codeId: string): Promise<Outcome<CodeExcerptRow[]>>;
  splitCode(codeId: string, newName: string, excerptIds: string[]): Promise<Outcome<{ code: Code; moved: number }>>;
  /** Write the open project as a REFI-QDA .qdpx at `path` (nothing in the project changes). */
  exportQdpx(path: string): Promise<Outcome<QdpxExportReport>>;
  /** Add or update codes (and themes, from a .qdc) from a codebook file, then re-read codes and themes. */
  importCodebookFile(path: string): Promise<Outcome<CodebookImportReport>>;
  exportCodebookFile(path: string): Promise<Outcome<CodebookExportReport>>;
}

async function outcome<T>(body: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}

export const createExtrasSlice: StateCreator<Store, [], [], ExtrasSlice> = (set, get) => {
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);

  return {
    documentSpeakers(documentId) {
      return attempt(get, () => call('documents.speakers', { id: documentId }));
    },

    async mapSpeaker(documentId, speaker, caseId) {
      const rows = await attempt(get, () => call('documents.mapSpeaker', { id: documentId, speaker, caseId }));
      // The undo button and status bar name the new step; counts and codes are re-read too.
      if (rows) await get().afterEdit();
      return rows;
    },

    async mergeCopy(sourcePath) {
      const result = await outcome(() => call('project.merge', { sourcePath }));
      if (!result.ok) return result;
      await attempt(get, async () => set({ coders: await call('coders.list', {}) }));
      await get().refreshProjectLists();
      await get().afterEdit();
      // Whatever view is open behind the dialog reads afresh: new themes, new counts in tables.
      get().resetAnalysisData();
      if (get().themesLoaded) await get().loadThemes();
      return result;
    },

    pickPath(mode, kind) {
      return outcome(async () => (await call('project.pickFile', { mode, kind })).path);
    },

    codeExcerpts(codeId) {
      return outcome(() => call('codes.excerpts', { id: codeId, viewerCoderId: get().activeCoderId }));
    },

    async splitCode(codeId, newName, excerptIds) {
      const result = await outcome(() => call('codes.split', { id: codeId, newName, excerptIds, byCoderId: get().activeCoderId }));
      if (result.ok) await get().afterEdit();
      return result;
    },

    async importCodebookFile(path) {
      const result = await outcome(() => call('codebook.importFile', { path }));
      if (!result.ok) return result;
      await get().afterEdit();
      if (get().themesLoaded) await get().loadThemes();
      return result;
    },

    exportCodebookFile(path) {
      return outcome(() => call('codebook.exportFile', { path }));
    },

    exportQdpx(path) {
      return outcome(() => call('exchange.exportQdpx', { path }));
    },
  };
};
