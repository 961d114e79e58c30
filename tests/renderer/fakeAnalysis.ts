// The themes, analysis and export methods of the fake Qualia (theme write-ups are
// memos, which fakeCoding answers). State lives per fake project, seeded from
// fakeAnalysisData; CSVs are written with the real shared writer (formula-safe,
// optional BOM), as the core writes them.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { CsvExport, Theme } from '../../shared/api/schemas';
import { toCsv } from '../../shared/csv/write';
import { offsetMap } from '../../shared/text/codePoints';
import type { FakeProject } from './fakeClient';
import { type FakeAnalysisState, seedState } from './fakeAnalysisData';
import { cooccurrenceTable, coverage, flat, frequencies, matrix, themeExcerpts, weights } from './fakeAnalysisTables';

type AnalysisMethods =
  | 'themes.list' | 'themes.create' | 'themes.update' | 'themes.delete' | 'themes.addCode' | 'themes.removeCode' | 'themes.star' | 'themes.excerpts'
  | 'analysis.matrix' | 'analysis.cooccurrence' | 'analysis.coverage' | 'analysis.frequencies' | 'analysis.weights' | 'export.csv';

const states = new WeakMap<FakeProject, FakeAnalysisState>();

/** The analysis state of a fake project (seeded on first use); tests may edit it. */
export function analysisState(p: FakeProject): FakeAnalysisState {
  let s = states.get(p);
  if (!s) states.set(p, (s = seedState(p)));
  return s;
}

function exportCsv(p: FakeProject, s: FakeAnalysisState, req: CsvExport, bom: boolean): { fileName: string; text: string } {
  const csv = (t: { columns: string[]; rows: (string | number | null)[][] }) => toCsv(t.columns, t.rows, { bom });
  const fields = p.cases.fields.map((f) => f.name);
  switch (req.kind) {
    case 'themeReport': {
      const rows = themeExcerpts(p, s, req.layer);
      if (req.summary) {
        const out = s.themes.flatMap((t) =>
          t.codeIds.map((codeId) => {
            const mine = rows.filter((r) => r.themeId === t.id && r.codeId === codeId);
            return [t.name, p.codes.find((c) => c.id === codeId)!.path, new Set(mine.map((r) => r.excerptId)).size, new Set(mine.map((r) => r.documentId)).size, new Set(mine.filter((r) => r.case).map((r) => r.case)).size];
          }),
        );
        return { fileName: `themes-summary-${req.layer}.csv`, text: csv({ columns: ['theme', 'code_path', 'excerpts', 'documents', 'cases'], rows: out }) };
      }
      const columns = ['theme', 'code_path', 'document', 'case', 'speaker', 'coder', 'start', 'end', 'text', 'weight', 'memo', ...fields];
      const body = rows.map((r) => [r.theme, r.codePath, r.document, r.case, r.speaker, r.coder, r.start, r.end, r.text, r.weight, r.memo, ...fields.map((f) => r.descriptors[f] ?? null)]);
      return { fileName: `themes-report-${req.layer}.csv`, text: csv({ columns, rows: body }) };
    }
    case 'matrix':
      return { fileName: `matrix-codes-by-${req.cols}-${req.count}.csv`, text: csv(matrix(p, s, req.cols, req.count, req.layer)) };
    case 'cooccurrence':
      return { fileName: `cooccurrence-${req.by}.csv`, text: csv(cooccurrenceTable(p, s, req.by, req.layer)) };
    case 'coverage':
      return { fileName: 'coverage.csv', text: csv(coverage(p, s, req.layer)) };
    case 'frequencies':
      return { fileName: 'code-frequencies.csv', text: csv(frequencies(p, s, req.layer)) };
    case 'weights':
      return { fileName: 'weights.csv', text: csv(weights(p, s, req.layer)) };
    case 'excerpts': {
      const rows = flat(p, s, 'all').map((d) => {
        const doc = p.documents.find((x) => x.id === d.documentId)!;
        const map = offsetMap(doc.text);
        const code = p.codes.find((c) => c.id === d.codeId)!;
        const values = p.cases.cases.find((c) => c.name === d.caseName)?.values;
        return [doc.name, d.coder, map.toCodePoint(d.start), map.toCodePoint(d.end), code.name, d.weight, d.memo, d.excerptId, d.caseName, code.path, doc.text.slice(d.start, d.end), ...fields.map((f) => values?.[f] ?? null)];
      });
      const columns = ['document', 'coder', 'start', 'end', 'code', 'weight', 'memo', 'excerpt_id', 'case', 'code_path', 'text', ...fields];
      return { fileName: 'excerpts.csv', text: csv({ columns, rows }) };
    }
    case 'codebook':
      throw new ApiError('unsupported', 'the fake client does not export the codebook');
  }
}

export function analysisHandlers(need: () => FakeProject): Pick<Api, AnalysisMethods> {
  const state = () => analysisState(need());
  const theme = (id: string): Theme => {
    const t = state().themes.find((x) => x.id === id || x.name === id);
    if (!t) throw new ApiError('not_found', `no theme "${id}"`);
    return t;
  };
  const replace = (t: Theme): Theme => {
    const s = state();
    s.themes = s.themes.map((x) => (x.id === t.id ? t : x));
    return t;
  };
  const nameFree = (name: string, except?: string) => {
    if (state().themes.some((t) => t.name === name && t.id !== except)) throw new ApiError('conflict', `a theme named "${name}" already exists`);
  };
  const codeExists = (codeId: string) => {
    if (!need().codes.some((c) => c.id === codeId)) throw new ApiError('not_found', `no code with id "${codeId}"`);
  };

  return {
    'themes.list': async () => [...state().themes].sort((a, b) => a.position - b.position),
    'themes.create': async ({ name, description, codeIds }) => {
      const s = state();
      nameFree(name);
      for (const c of codeIds ?? []) codeExists(c);
      const t: Theme = { id: `theme-new-${s.nextId++}`, name, description: description ?? '', position: s.themes.length, codeIds: [...new Set(codeIds ?? [])], starred: [] };
      s.themes.push(t);
      return t;
    },
    'themes.update': async ({ id, name, description }) => {
      const t = theme(id);
      if (name !== undefined) nameFree(name, t.id);
      return replace({ ...t, name: name ?? t.name, description: description ?? t.description });
    },
    'themes.delete': async ({ id }) => {
      const t = theme(id);
      state().themes = state().themes.filter((x) => x.id !== t.id);
      return null;
    },
    'themes.addCode': async ({ id, codeId }) => {
      const t = theme(id);
      codeExists(codeId);
      return replace(t.codeIds.includes(codeId) ? t : { ...t, codeIds: [...t.codeIds, codeId] });
    },
    'themes.removeCode': async ({ id, codeId }) => {
      const t = theme(id);
      return replace({ ...t, codeIds: t.codeIds.filter((c) => c !== codeId) });
    },
    'themes.star': async ({ id, excerptId, starred }) => {
      const t = theme(id);
      const rest = t.starred.filter((x) => x !== excerptId);
      return replace({ ...t, starred: starred ? [...rest, excerptId] : rest });
    },
    'themes.excerpts': async ({ id, layer }) => {
      if (id) theme(id);
      return themeExcerpts(need(), state(), layer, id);
    },
    'analysis.matrix': async ({ cols, count, layer }) => {
      if (!need().cases.fields.some((f) => f.name === cols)) throw new ApiError('not_found', `no descriptor "${cols}"`);
      return matrix(need(), state(), cols, count, layer);
    },
    'analysis.cooccurrence': async ({ by, layer }) => cooccurrenceTable(need(), state(), by, layer),
    'analysis.coverage': async ({ layer }) => coverage(need(), state(), layer),
    'analysis.frequencies': async ({ layer }) => frequencies(need(), state(), layer),
    'analysis.weights': async ({ layer }) => weights(need(), state(), layer),
    'export.csv': async ({ bom, ...req }) => exportCsv(need(), state(), req as CsvExport, Boolean(bom)),
  };
}
