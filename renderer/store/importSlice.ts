// Importing transcripts from the UI: read the chosen files, preview each one
// (encoding, speakers, first lines, duplicates, errors), then import them one
// file per call so the progress bar moves and Cancel can stop between files.
import type { StateCreator } from 'zustand/vanilla';
import { type PickedFile, patternProblem, readWireFile, tooLargeForBrowser } from '../import/files';
import { type ImportItem, type ImportOutcome, type ImportSettingsState, exclusionOf, isDuplicate, isImportable } from '../import/items';
import { errorMessage } from './errorSlice';
import type { Store } from './types';

export type ImportTab = 'transcripts' | 'participants';
export type ImportPhase = 'choose' | 'reading' | 'preview' | 'importing' | 'done';

export interface ImportSlice {
  importOpen: boolean;
  importTab: ImportTab;
  importPhase: ImportPhase;
  importItems: ImportItem[];
  /** What the inputs say; '' means detect. */
  importSettings: ImportSettingsState;
  /** What the current preview was read with, and what the import will use. */
  importApplied: ImportSettingsState;
  importPatternError: string | null;
  importProgress: { done: number; total: number; current: string | null } | null;
  importCancelling: boolean;
  importOutcome: ImportOutcome | null;
  openImport(tab?: ImportTab): void;
  closeImport(): void;
  setImportTab(tab: ImportTab): void;
  addImportFiles(files: readonly PickedFile[]): Promise<void>;
  setImportSettings(settings: Partial<ImportSettingsState>): void;
  rereadImport(): Promise<void>;
  setImportName(key: string, name: string): void;
  setImportAnyway(key: string, on: boolean): void;
  removeImportItem(key: string): void;
  startImport(): Promise<void>;
  cancelImport(): void;
}

const noSettings: ImportSettingsState = { encoding: '', speakerPattern: '' };

const freshImport = {
  importPhase: 'choose' as ImportPhase,
  importItems: [] as ImportItem[],
  importSettings: noSettings,
  importApplied: noSettings,
  importPatternError: null,
  importProgress: null,
  importCancelling: false,
  importOutcome: null,
};

function wireSettings(s: ImportSettingsState): { encoding?: string; speakerPattern?: string } {
  return {
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(s.speakerPattern.trim() ? { speakerPattern: s.speakerPattern } : {}),
  };
}

let nextKey = 0;

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => {
  const update = (key: string, patch: Partial<ImportItem>) =>
    set((s) => ({ importItems: s.importItems.map((it) => (it.key === key ? { ...it, ...patch } : it)) }));
  const busy = () => get().importPhase === 'reading' || get().importPhase === 'importing';

  async function preview(item: ImportItem): Promise<void> {
    try {
      const [answer] = await get().client.call('import.preview', {
        files: [{ fileName: item.fileName, data: item.data }],
        ...wireSettings(get().importApplied),
      });
      if (!answer) throw new Error('the preview came back empty');
      // Keep a name the user already typed; otherwise follow the core's default.
      const renamed = item.preview !== null && item.documentName !== item.preview.documentName;
      update(item.key, { preview: answer, readError: null, documentName: renamed ? item.documentName : answer.documentName });
    } catch (err) {
      update(item.key, { preview: null, readError: errorMessage(err) });
    }
  }

  /** Preview items one at a time, so a big batch shows progress and can be cancelled. */
  async function previewAll(keys: string[], read: (key: string) => Promise<ImportItem | null>): Promise<void> {
    set({ importPhase: 'reading', importCancelling: false, importProgress: { done: 0, total: keys.length, current: null } });
    for (const [i, key] of keys.entries()) {
      if (get().importCancelling) {
        // Files never read are dropped; files read with other settings must not pass for current ones.
        const left = new Set(keys.slice(i));
        const stale = (it: ImportItem) => ({
          ...it,
          preview: null,
          readError: `${it.fileName}: not read with the current settings (cancelled); press Re-read.`,
        });
        set((s) => ({
          importItems: s.importItems.flatMap((it) => (!left.has(it.key) ? [it] : it.data === '' ? [] : [stale(it)])),
        }));
        break;
      }
      const item = get().importItems.find((it) => it.key === key);
      set({ importProgress: { done: i, total: keys.length, current: item?.fileName ?? null } });
      const ready = await read(key);
      if (ready) await preview(ready);
    }
    set({ importPhase: get().importItems.length ? 'preview' : 'choose', importProgress: null, importCancelling: false });
  }

  return {
    importOpen: false,
    importTab: 'transcripts',
    ...freshImport,

    openImport(tab = 'transcripts') {
      if (get().importOpen) return set({ importTab: tab });
      set({ importOpen: true, importTab: tab, ...freshImport });
      get().resetParticipants();
    },

    closeImport() {
      if (busy()) return;
      set({ importOpen: false, ...freshImport });
      get().resetParticipants();
    },

    setImportTab(tab) {
      set({ importTab: tab });
    },

    async addImportFiles(files) {
      if (busy() || files.length === 0) return;
      const tooLarge = get().hostInfo?.host === 'browser' ? tooLargeForBrowser : () => null;
      const added = files.map((f) => ({ file: f, key: `import-${++nextKey}` }));
      const placeholders: ImportItem[] = added.map(({ file, key }) => ({
        key,
        fileName: file.name,
        data: '',
        preview: null,
        readError: null,
        documentName: file.name,
        importAnyway: false,
        sameAsInBatch: null,
      }));
      set((s) => ({ importItems: [...s.importItems, ...placeholders] }));
      const byKey = new Map(added.map((a) => [a.key, a.file]));
      await previewAll(
        added.map((a) => a.key),
        async (key) => {
          const file = byKey.get(key)!;
          const refused = tooLarge(file);
          if (refused) {
            update(key, { readError: refused });
            return null;
          }
          try {
            const { data } = await readWireFile(file);
            const twin = get().importItems.find((it) => it.key !== key && it.data !== '' && it.data === data);
            update(key, { data, sameAsInBatch: twin?.fileName ?? null });
            return get().importItems.find((it) => it.key === key) ?? null;
          } catch (err) {
            update(key, { readError: `${file.name} could not be read: ${errorMessage(err)}` });
            return null;
          }
        },
      );
    },

    setImportSettings(settings) {
      set((s) => ({ importSettings: { ...s.importSettings, ...settings }, importPatternError: null }));
    },

    async rereadImport() {
      if (busy()) return;
      const settings = get().importSettings;
      const problem = patternProblem(settings.speakerPattern);
      if (problem) return set({ importPatternError: problem });
      set({ importApplied: settings, importPatternError: null });
      const keys = get().importItems.filter((it) => it.data !== '').map((it) => it.key);
      await previewAll(keys, async (key) => get().importItems.find((it) => it.key === key) ?? null);
    },

    setImportName(key, name) {
      update(key, { documentName: name });
    },

    setImportAnyway(key, on) {
      update(key, { importAnyway: on });
    },

    removeImportItem(key) {
      if (busy()) return;
      const items = get().importItems.filter((it) => it.key !== key);
      set({ importItems: items, importPhase: items.length ? get().importPhase : 'choose' });
    },

    async startImport() {
      if (busy()) return;
      const items = get().importItems;
      const queue = items.filter(isImportable);
      const outcome: ImportOutcome = { imported: [], skipped: [], failed: [], warnings: [], cancelled: false, notStarted: [] };
      for (const it of items) {
        if (isImportable(it)) continue;
        if (isDuplicate(it)) outcome.skipped.push({ fileName: it.fileName, reason: exclusionOf(it)! });
        else outcome.failed.push({ fileName: it.fileName, message: exclusionOf(it)! });
      }
      const settings = wireSettings(get().importApplied);
      set({ importPhase: 'importing', importCancelling: false, importProgress: { done: 0, total: queue.length, current: null } });
      for (const [i, it] of queue.entries()) {
        if (get().importCancelling) {
          outcome.cancelled = true;
          outcome.notStarted = queue.slice(i).map((q) => q.fileName);
          break;
        }
        set({ importProgress: { done: i, total: queue.length, current: it.fileName } });
        const name = it.documentName.trim();
        try {
          const result = await get().client.call('documents.import', {
            files: [{ fileName: it.fileName, data: it.data, ...(name ? { documentName: name } : {}) }],
            ...settings,
            ...(it.importAnyway ? { allowDuplicates: true } : {}),
          });
          outcome.imported.push(...result.documents);
          outcome.skipped.push(...result.skipped);
          outcome.warnings.push(...result.warnings);
        } catch (err) {
          outcome.failed.push({ fileName: it.fileName, message: errorMessage(err) });
        }
        set({ importProgress: { done: i + 1, total: queue.length, current: null } });
      }
      set({ importPhase: 'done', importOutcome: outcome, importProgress: null, importCancelling: false });
      // The sidebar and status bar behind the dialog show the new documents at once.
      if (outcome.imported.length) await get().refreshProjectLists();
    },

    cancelImport() {
      if (busy()) set({ importCancelling: true });
    },
  };
};
