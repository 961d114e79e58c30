// Analysis tables (matrix, co-occurrence, coverage, frequencies, weights), the
// choices behind them, the codings behind a matrix cell, and CSV exports (which
// the themes view uses too). Tables are cached by request and dropped whenever
// the view opens again, since codings may have changed in between.
import type { StateCreator } from 'zustand/vanilla';
import type { In } from '../../shared/api/contract';
import type { Coder, Table } from '../../shared/api/schemas';
import { attempt } from './errorSlice';
import type { Layer } from './themesSlice';
import type { Store } from './types';

export type AnalysisTab = 'matrix' | 'cooccurrence' | 'frequencies' | 'weights' | 'coverage';
export type CountUnit = 'excerpts' | 'documents' | 'cases';
export type MatrixShow = 'counts' | 'row' | 'column';
export type TableMethod = 'analysis.matrix' | 'analysis.cooccurrence' | 'analysis.coverage' | 'analysis.frequencies' | 'analysis.weights';
/** An export.csv request; the BOM choice is added from `csvBom`. */
export type CsvRequest = In<'export.csv'> extends infer R ? (R extends unknown ? Omit<R, 'bom'> : never) : never;

export interface AnalysisSettings {
  analysisTab: AnalysisTab;
  analysisLayer: Layer;
  /** Descriptor field for the matrix columns; null picks the first field. */
  matrixCols: string | null;
  matrixCount: CountUnit;
  matrixShow: MatrixShow;
  cooccurrenceBy: 'overlap' | 'segment';
  /** Start CSV exports with a UTF-8 byte-order mark so Excel reads accents right. */
  csvBom: boolean;
}

export interface AnalysisSlice extends AnalysisSettings {
  analysisTables: Record<string, Table>;
  /** The excerpts CSV (every coding with its case and descriptors), parsed once per visit. */
  excerptsCsv: string | null;
  /** Coders by kind, to tell the two layers apart in the excerpts CSV. */
  analysisCoders: Coder[];
  setAnalysis(patch: Partial<AnalysisSettings>): void;
  /** Forget cached tables (the view calls it on opening). */
  resetAnalysisData(): void;
  loadTable<M extends TableMethod>(method: M, input: In<M>): Promise<Table | undefined>;
  loadExcerptsCsv(): Promise<void>;
  /** The CSV for `request` as the CLI would write it, or undefined on failure. */
  exportCsv(request: CsvRequest): Promise<{ fileName: string; text: string } | undefined>;
}

export const tableKey = (method: TableMethod, input: object) => `${method} ${JSON.stringify(input)}`;

export const createAnalysisSlice: StateCreator<Store, [], [], AnalysisSlice> = (set, get) => {
  // Results from before a reset (another project, an older visit) are dropped.
  let generation = 0;

  return {
    analysisTab: 'matrix',
    analysisLayer: 'coder',
    matrixCols: null,
    matrixCount: 'excerpts',
    matrixShow: 'counts',
    cooccurrenceBy: 'overlap',
    csvBom: false,
    analysisTables: {},
    excerptsCsv: null,
    analysisCoders: [],

    setAnalysis(patch) {
      set(patch);
    },

    resetAnalysisData() {
      generation++;
      set({ analysisTables: {}, excerptsCsv: null, analysisCoders: [] });
    },

    async loadTable(method, input) {
      const mine = generation;
      const key = tableKey(method, input);
      const cached = get().analysisTables[key];
      if (cached) return cached;
      const table = await attempt(get, () => get().client.call(method, input) as Promise<Table>);
      if (table && mine === generation) set((s) => ({ analysisTables: { ...s.analysisTables, [key]: table } }));
      return table;
    },

    async loadExcerptsCsv() {
      if (get().excerptsCsv !== null) return;
      const mine = generation;
      const result = await attempt(get, async () => {
        const { client } = get();
        const [csv, coders] = await Promise.all([client.call('export.csv', { kind: 'excerpts' }), client.call('coders.list', {})]);
        return { text: csv.text, coders };
      });
      if (result && mine === generation) set({ excerptsCsv: result.text, analysisCoders: result.coders });
    },

    exportCsv(request) {
      return attempt(get, () => get().client.call('export.csv', { ...request, bom: get().csvBom } as In<'export.csv'>));
    },
  };
};
