// Contract handlers for themes, analysis tables and CSV exports.
import type { Api } from '../../shared/api/contract';
import type { CsvExport } from '../../shared/api/schemas';
import { toCsv } from '../../shared/csv/write';
import type { ProjectDb } from '../open';
import { codeByDescriptor, cooccurrenceTable, coverageTable, frequencyTable, type Table, weightTable } from '../services/analysis';
import { exportCodebookCsv } from '../services/codebookCsv';
import { exportExcerptsCsv } from '../services/excerptsCsv';
import { addThemeCode, createTheme, deleteTheme, findTheme, listThemes, removeThemeCode, starQuote, themeExcerpts, themeReportCsv, updateTheme } from '../services/themes';
import type { HandlerContext } from './context';

type AnalysisApi = Pick<
  Api,
  | 'themes.list' | 'themes.create' | 'themes.update' | 'themes.delete' | 'themes.addCode' | 'themes.removeCode' | 'themes.star' | 'themes.excerpts'
  | 'analysis.matrix' | 'analysis.cooccurrence' | 'analysis.coverage' | 'analysis.frequencies' | 'analysis.weights' | 'export.csv'
>;



/** The one place that turns an export request into CSV text; the CLI calls it too. */
export function exportCsv(p: ProjectDb, req: CsvExport, opts: { bom?: boolean } = {}): { fileName: string; text: string } {
  const tableCsv = (t: Table) => toCsv(t.columns, t.rows, opts);
  switch (req.kind) {
    case 'themeReport':
      return { fileName: `themes-${req.summary ? 'summary' : 'report'}-${req.layer}.csv`, text: themeReportCsv(p, req.layer, { summary: req.summary, ...opts }) };
    case 'matrix':
      return { fileName: `matrix-codes-by-${req.cols}-${req.count}.csv`, text: tableCsv(codeByDescriptor(p, req.cols, req.count, req.layer)) };
    case 'cooccurrence':
      return { fileName: `cooccurrence-${req.by}.csv`, text: tableCsv(cooccurrenceTable(p, req.layer, req.by)) };
    case 'coverage':
      return { fileName: 'coverage.csv', text: tableCsv(coverageTable(p, req.layer)) };
    case 'frequencies':
      return { fileName: 'code-frequencies.csv', text: tableCsv(frequencyTable(p, req.layer)) };
    case 'weights':
      return { fileName: 'weights.csv', text: tableCsv(weightTable(p, req.layer)) };
    case 'excerpts':
      return { fileName: 'excerpts.csv', text: exportExcerptsCsv(p, opts) };
    case 'codebook':
      return { fileName: 'codebook.csv', text: exportCodebookCsv(p, opts) };
  }
}

export function analysisHandlers({ need, undo }: HandlerContext): AnalysisApi {
  const change = <T>(label: string, fn: () => T): T => undo().run(label, fn);
  const theme = (id: string) => findTheme(need(), id);
  return {
    'themes.list': async () => listThemes(need()),
    'themes.create': async ({ name, description, codeIds }) => theme(change(`add theme '${name}'`, () => createTheme(need(), name, description, codeIds))),
    'themes.update': async ({ id, ...patch }) => {
      change(`edit theme '${theme(id).name}'`, () => updateTheme(need(), id, patch));
      return theme(id);
    },
    'themes.delete': async ({ id }) => {
      change(`delete theme '${theme(id).name}'`, () => deleteTheme(need(), id));
      return null;
    },
    'themes.addCode': async ({ id, codeId }) => {
      change(`add code to theme '${theme(id).name}'`, () => addThemeCode(need(), id, codeId));
      return theme(id);
    },
    'themes.removeCode': async ({ id, codeId }) => {
      change(`remove code from theme '${theme(id).name}'`, () => removeThemeCode(need(), id, codeId));
      return theme(id);
    },
    'themes.star': async ({ id, excerptId, starred }) => {
      change(`${starred ? 'star' : 'unstar'} a quote in '${theme(id).name}'`, () => starQuote(need(), id, excerptId, starred));
      return theme(id);
    },
    'themes.excerpts': async ({ id, layer }) => themeExcerpts(need(), layer, id),
    'analysis.matrix': async ({ cols, count, layer }) => codeByDescriptor(need(), cols, count, layer),
    'analysis.cooccurrence': async ({ by, layer }) => cooccurrenceTable(need(), layer, by),
    'analysis.coverage': async ({ layer }) => coverageTable(need(), layer),
    'analysis.frequencies': async ({ layer }) => frequencyTable(need(), layer),
    'analysis.weights': async ({ layer }) => weightTable(need(), layer),
    'export.csv': async ({ bom, ...req }) => exportCsv(need(), req as CsvExport, { bom: Boolean(bom) }),
  };
}
