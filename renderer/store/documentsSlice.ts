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

  return {
    ...emptyProjectData,

    async loadProjectData() {
      const mine = ++projectGeneration;
      documentGeneration++;
      set({ ...emptyProjectData });
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
      set({ ...emptyProjectData });
    },

    async selectDocument(id) {
      const mine = ++documentGeneration;
      set({ selectedDocumentId: id, documentLoading: true });
      const document = await attempt(get, () => get().client.call('documents.get', { id }));
      if (mine !== documentGeneration) return;
      // On failure show nothing rather than the previous transcript under the new selection.
      set({ document: document ?? null, documentLoading: false });
    },
  };
};
