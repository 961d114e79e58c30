// What an open project holds for reading: its documents, the one being read, its
// cases (for descriptor values), and the codebook and coders shown alongside.
import type { StateCreator } from 'zustand/vanilla';
import type { CasesTable, Code, Coder, DocumentDetail, DocumentSummary } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Store } from './types';

export interface DocumentsSlice {
  documents: DocumentSummary[];
  selectedDocumentId: string | null;
  /** The document being read; may lag `selectedDocumentId` while it loads. */
  document: DocumentDetail | null;
  documentLoading: boolean;
  cases: CasesTable;
  codes: Code[];
  coders: Coder[];
  loadProjectData(): Promise<void>;
  clearProjectData(): void;
  selectDocument(id: string): Promise<void>;
  /** Re-read documents, cases and project counts after an import, keeping the selection. */
  refreshProjectLists(): Promise<void>;
  /** Resolves true when renamed; a refused name (taken) is reported and resolves false. */
  renameDocument(id: string, name: string): Promise<boolean>;
  setDocumentCase(id: string, caseId: string | null): Promise<void>;
}

const emptyProjectData = {
  documents: [] as DocumentSummary[],
  selectedDocumentId: null,
  document: null,
  documentLoading: false,
  cases: { fields: [], cases: [] } as CasesTable,
  codes: [] as Code[],
  coders: [] as Coder[],
};

export const createDocumentsSlice: StateCreator<Store, [], [], DocumentsSlice> = (set, get) => {
  // Answers can arrive out of order when the user moves quickly through the list or
  // switches projects; only the latest request of each kind may write its result.
  let projectGeneration = 0;
  let documentGeneration = 0;

  // An edit answers with the document's new summary: patch the list and the open
  // document in place rather than reloading (which would lose the reader's place).
  function adoptSummary(summary: DocumentSummary): void {
    set((s) => ({
      documents: s.documents.map((d) => (d.id === summary.id ? summary : d)),
      document: s.document?.id === summary.id ? { ...s.document, ...summary } : s.document,
    }));
  }

  return {
    ...emptyProjectData,

    async loadProjectData() {
      const mine = ++projectGeneration;
      documentGeneration++;
      // A dialog left open belongs to the project that was open before.
      set({ ...emptyProjectData, importOpen: false });
      await attempt(get, async () => {
        const { client } = get();
        const [documents, cases, codes, coders] = await Promise.all([
          client.call('documents.list', {}),
          client.call('cases.list', {}),
          client.call('codes.list', {}),
          client.call('coders.list', {}),
        ]);
        if (mine === projectGeneration) set({ documents, cases, codes, coders });
      });
    },

    clearProjectData() {
      projectGeneration++;
      documentGeneration++;
      set({ ...emptyProjectData, importOpen: false });
    },

    async selectDocument(id) {
      const mine = ++documentGeneration;
      set({ selectedDocumentId: id, documentLoading: true });
      const document = await attempt(get, () => get().client.call('documents.get', { id }));
      if (mine !== documentGeneration) return;
      // On failure show nothing rather than the previous transcript under the new selection.
      set({ document: document ?? null, documentLoading: false });
    },

    async refreshProjectLists() {
      const mine = projectGeneration;
      await attempt(get, async () => {
        const { client } = get();
        const [documents, cases] = await Promise.all([client.call('documents.list', {}), client.call('cases.list', {})]);
        if (mine !== projectGeneration) return;
        set({ documents, cases });
        // An import can link the open document to a case; its header and inspector follow.
        const open = documents.find((d) => d.id === get().document?.id);
        if (open) adoptSummary(open);
      });
      await get().syncProject();
    },

    async renameDocument(id, name) {
      const summary = await attempt(get, () => get().client.call('documents.rename', { id, name }));
      if (summary) adoptSummary(summary);
      return summary !== undefined;
    },

    async setDocumentCase(id, caseId) {
      const summary = await attempt(get, () => get().client.call('documents.setCase', { id, caseId }));
      if (summary) adoptSummary(summary);
    },
  };
};
