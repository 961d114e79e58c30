// Importing a REFI-QDA project (.qdpx) as a new project. The host creates the file
// and opens it; the store then adopts whatever project the host has open (as after
// a desktop menu action) and keeps the report until the researcher has read it,
// so it survives the switch from the start screen to the project.
import type { StateCreator } from 'zustand/vanilla';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { errorMessage } from './errorSlice';
import type { Outcome } from './extrasSlice';
import type { Store } from './types';

export interface QdpxImportSlice {
  /** The last import's report, shown until dismissed. */
  qdpxImported: { file: string; report: QdpxImportReport } | null;
  /** Import `sourcePath` into a new project at `projectPath` and open it; failures come back for the dialog to show. */
  importQdpx(sourcePath: string, projectPath: string): Promise<Outcome<QdpxImportReport>>;
  dismissQdpxImport(): void;
}

const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

export const createQdpxImportSlice: StateCreator<Store, [], [], QdpxImportSlice> = (set, get) => ({
  qdpxImported: null,

  async importQdpx(sourcePath, projectPath) {
    let report: QdpxImportReport;
    try {
      ({ report } = await get().client.call('exchange.importQdpx', { sourcePath, projectPath }));
    } catch (err) {
      return { ok: false, error: errorMessage(err) };
    }
    set({ qdpxImported: { file: fileName(sourcePath), report } });
    await get().syncProject();
    return { ok: true, value: report };
  },

  dismissQdpxImport() {
    set({ qdpxImported: null });
  },
});
