// The whole store is the sum of its slices plus the injected client; slices see
// this type so they can call each other's actions through `get()`.
import type { ApiClient } from '../../shared/api/client';
import type { BackupsSlice } from './backupsSlice';
import type { CodingSlices } from './codingSlices';
import type { CompareSlice } from './compareSlice';
import type { DocumentsSlice } from './documentsSlice';
import type { ErrorSlice } from './errorSlice';
import type { ExtrasSlice } from './extrasSlice';
import type { ImportSlice } from './importSlice';
import type { ParticipantsSlice } from './participantsSlice';
import type { ProjectSlice } from './projectSlice';
import type { QdpxImportSlice } from './qdpxImportSlice';
import type { AnalysisSlice } from './analysisSlice';
import type { ThemesSlice } from './themesSlice';

export interface ClientSlice {
  client: ApiClient;
}

export type Store = ClientSlice & ErrorSlice & ProjectSlice & DocumentsSlice & ImportSlice & ParticipantsSlice & ThemesSlice & AnalysisSlice & CompareSlice & CodingSlices & ExtrasSlice & QdpxImportSlice & BackupsSlice;
