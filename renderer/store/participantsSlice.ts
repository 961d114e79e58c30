// Importing a participants table: a dry run first shows the inferred fields and
// every change, then Apply writes exactly that. Errors stay in the dialog (they
// name the file and line) instead of the global banner.
import type { StateCreator } from 'zustand/vanilla';
import type { CasesImportResult } from '../../shared/api/schemas';
import { type PickedFile, readWireFile, tooLargeForBrowser, type WireFile } from '../import/files';
import { errorMessage } from './errorSlice';
import type { Store } from './types';

export type ParticipantsPhase = 'choose' | 'checking' | 'checked' | 'applying' | 'applied';

export interface ParticipantsSlice {
  participantsFile: WireFile | null;
  participantsEncoding: string;
  participantsPhase: ParticipantsPhase;
  /** The dry run's report, then the applied one. */
  participantsReport: CasesImportResult | null;
  participantsError: string | null;
  chooseParticipantsFile(file: PickedFile): Promise<void>;
  setParticipantsEncoding(encoding: string): Promise<void>;
  applyParticipants(): Promise<void>;
  resetParticipants(): void;
}

const fresh = {
  participantsFile: null,
  participantsEncoding: '',
  participantsPhase: 'choose' as ParticipantsPhase,
  participantsReport: null,
  participantsError: null,
};

export const createParticipantsSlice: StateCreator<Store, [], [], ParticipantsSlice> = (set, get) => {
  const busy = () => ['checking', 'applying'].includes(get().participantsPhase);

  async function run(dryRun: boolean): Promise<void> {
    const file = get().participantsFile;
    if (!file) return;
    const encoding = get().participantsEncoding;
    set({ participantsPhase: dryRun ? 'checking' : 'applying', participantsError: null });
    try {
      const report = await get().client.call('cases.import', { ...file, ...(encoding ? { encoding } : {}), ...(dryRun ? { dryRun } : {}) });
      set({ participantsReport: report, participantsPhase: dryRun ? 'checked' : 'applied' });
      if (!dryRun) await get().refreshProjectLists();
    } catch (err) {
      // A failed dry run leaves nothing to apply; a failed apply keeps the dry run to retry.
      set({ participantsError: errorMessage(err), participantsPhase: dryRun ? 'choose' : 'checked', ...(dryRun ? { participantsReport: null } : {}) });
    }
  }

  return {
    ...fresh,

    async chooseParticipantsFile(file) {
      if (busy()) return;
      const refused = get().hostInfo?.host === 'browser' ? tooLargeForBrowser(file) : null;
      if (refused) return set({ ...fresh, participantsError: refused });
      set({ participantsFile: null, participantsReport: null, participantsError: null, participantsPhase: 'checking' });
      try {
        set({ participantsFile: await readWireFile(file) });
      } catch (err) {
        return set({ participantsPhase: 'choose', participantsError: `${file.name} could not be read: ${errorMessage(err)}` });
      }
      await run(true);
    },

    async setParticipantsEncoding(encoding) {
      if (busy()) return;
      set({ participantsEncoding: encoding });
      // A new encoding changes what the values read as: check again before applying.
      if (get().participantsFile) await run(true);
    },

    applyParticipants() {
      if (busy() || get().participantsPhase !== 'checked') return Promise.resolve();
      return run(false);
    },

    resetParticipants() {
      set({ ...fresh });
    },
  };
};
