import { createStore as createZustandStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../shared/api/client';
import { createBackupsSlice } from './backupsSlice';
import { createCodingSlices } from './codingSlices';
import { createCompareSlice } from './compareSlice';
import { createDocumentsSlice } from './documentsSlice';
import { createErrorSlice } from './errorSlice';
import { createExtrasSlice } from './extrasSlice';
import { createImportSlice } from './importSlice';
import { createParticipantsSlice } from './participantsSlice';
import { createProjectSlice } from './projectSlice';
import { createQdpxImportSlice } from './qdpxImportSlice';
import { createAnalysisSlice } from './analysisSlice';
import { createThemesSlice } from './themesSlice';
import type { Store } from './types';

export type AppStore = StoreApi<Store>;

/** A fresh store over `client`; tests make one per test with a fake client. */
export function createStore(client: ApiClient): AppStore {
  return createZustandStore<Store>()((...a) => ({
    client,
    ...createErrorSlice(...a),
    ...createProjectSlice(...a),
    ...createDocumentsSlice(...a),
    ...createImportSlice(...a),
    ...createParticipantsSlice(...a),
    ...createCodingSlices(...a),
    ...createCompareSlice(...a),
    ...createThemesSlice(...a),
    ...createAnalysisSlice(...a),
    ...createExtrasSlice(...a),
    ...createBackupsSlice(...a),
    ...createQdpxImportSlice(...a),
  }));
}
