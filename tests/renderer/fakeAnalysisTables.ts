// The fake's analysis tables, computed from its codings the way db/services does
// (same columns, orders and missing-value rules), so the UI meets realistic data.
import { cooccurrence, coveredLength } from '../../shared/analysis/cooccurrence';
import type { Table, ThemeExcerpt } from '../../shared/api/schemas';
import { offsetMap } from '../../shared/text/codePoints';
import type { FakeProject } from './fakeClient';
import type { FakeAnalysisState } from './fakeAnalysisData';

export type Layer = 'coder' | 'consensus';
const MISSING = '(missing)';

interface Flat {
  excerptId: string;
  documentId: string;
  caseName: string | null;
  coder: string;
  start: number;
  end: number;
  codeId: string;
  weight: number | null;
  memo: string;
}

export function flat(p: FakeProject, s: FakeAnalysisState, layer: Layer | 'all'): Flat[] {
  const kind = new Map(p.coders.map((c) => [c.name, c.kind]));
  const want = layer === 'consensus' ? 'consensus' : 'person';
  const docOrder = (id: string) => p.documents.findIndex((d) => d.id === id);
  return s.codings
    .filter((c) => layer === 'all' || kind.get(c.coder) === want)
    .sort((a, b) => docOrder(a.documentId) - docOrder(b.documentId) || a.start - b.start || a.end - b.end || a.coder.localeCompare(b.coder))
    .flatMap((c) =>
      c.codes.map((code) => ({
        excerptId: c.id,
        documentId: c.documentId,
        caseName: p.documents.find((d) => d.id === c.documentId)!.case,
        coder: c.coder,
        start: c.start,
        end: c.end,
        codeId: code.codeId,
        weight: code.weight,
        memo: c.memo,
      })),
    );
}

const distinct = <T>(xs: T[]) => new Set(xs).size;

export function matrix(p: FakeProject, s: FakeAnalysisState, field: string, count: 'excerpts' | 'documents' | 'cases', layer: Layer): Table {
  const f = p.cases.fields.find((x) => x.name === field);
  if (!f) throw new Error(`no descriptor "${field}"`);
  const valueOf = (caseName: string | null) => (caseName ? (p.cases.cases.find((c) => c.name === caseName)?.values[field] ?? MISSING) : MISSING);
  const present = new Set(p.cases.cases.map((c) => c.values[field] ?? MISSING));
  const values = [...(f.type === 'choice' ? f.choices.filter((c) => present.has(c)) : []), ...[...present].filter((v) => !(f.type === 'choice' && f.choices.includes(v))).sort()];
  const data = flat(p, s, layer);
  return {
    columns: ['code', ...values],
    rows: p.codes.map((code) => [
      code.path,
      ...values.map((v) => {
        const cell = data.filter((d) => d.codeId === code.id && valueOf(d.caseName) === v && (count !== 'cases' || d.caseName));
        return distinct(cell.map((d) => (count === 'excerpts' ? d.excerptId : count === 'documents' ? d.documentId : d.caseName)));
      }),
    ]),
  };
}

export function cooccurrenceTable(p: FakeProject, s: FakeAnalysisState, by: 'overlap' | 'segment', layer: Layer): Table {
  const ranges = new Map<string, { excerptId: string; documentId: string; start: number; end: number; codeIds: string[] }>();
  for (const d of flat(p, s, layer)) {
    const r = ranges.get(d.excerptId) ?? { excerptId: d.excerptId, documentId: d.documentId, start: d.start, end: d.end, codeIds: [] };
    r.codeIds.push(d.codeId);
    ranges.set(d.excerptId, r);
  }
  const m = cooccurrence([...ranges.values()], p.codes.map((c) => c.id), by, (doc) => p.documents.find((d) => d.id === doc)!.segments);
  return { columns: ['code', ...p.codes.map((c) => c.path)], rows: p.codes.map((c, i) => [c.path, ...m.counts[i]!]) };
}

export function coverage(p: FakeProject, s: FakeAnalysisState, layer: Layer): Table {
  const data = flat(p, s, layer);
  return {
    columns: ['document', 'length', ...p.codes.map((c) => c.path)],
    rows: p.documents.map((d) => [
      d.name,
      d.text.length,
      ...p.codes.map((c) => Number((coveredLength(data.filter((x) => x.documentId === d.id && x.codeId === c.id)) / d.text.length).toFixed(4))),
    ]),
  };
}

export function frequencies(p: FakeProject, s: FakeAnalysisState, layer: Layer): Table {
  const data = flat(p, s, layer);
  return {
    columns: ['code', 'excerpts', 'documents', 'cases'],
    rows: p.codes.map((c) => {
      const mine = data.filter((d) => d.codeId === c.id);
      return [c.path, distinct(mine.map((d) => d.excerptId)), distinct(mine.map((d) => d.documentId)), distinct(mine.filter((d) => d.caseName).map((d) => d.caseName))];
    }),
  };
}

export function weights(p: FakeProject, s: FakeAnalysisState, layer: Layer): Table {
  const path = (id: string) => p.codes.find((c) => c.id === id)!.path;
  const rows = flat(p, s, layer)
    .filter((d) => d.weight !== null)
    .map((d) => [path(d.codeId), d.caseName, d.coder, d.weight])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
  return { columns: ['code', 'case', 'coder', 'weight'], rows };
}

export function themeExcerpts(p: FakeProject, s: FakeAnalysisState, layer: Layer, themeId?: string): ThemeExcerpt[] {
  const themes = themeId ? s.themes.filter((t) => t.id === themeId) : s.themes;
  const data = flat(p, s, layer);
  return themes.flatMap((t) =>
    t.codeIds.flatMap((codeId) =>
      data
        .filter((d) => d.codeId === codeId)
        .map((d) => {
          const doc = p.documents.find((x) => x.id === d.documentId)!;
          const map = offsetMap(doc.text);
          const theCase = p.cases.cases.find((c) => c.name === d.caseName);
          return {
            theme: t.name,
            themeId: t.id,
            excerptId: d.excerptId,
            codeId,
            codePath: p.codes.find((c) => c.id === codeId)!.path,
            document: doc.name,
            documentId: doc.id,
            case: d.caseName,
            speaker: doc.segments.find((g) => g.kind === 'turn' && g.start <= d.start && d.start < g.end)?.speaker ?? null,
            coder: d.coder,
            start: map.toCodePoint(d.start),
            end: map.toCodePoint(d.end),
            text: doc.text.slice(d.start, d.end),
            weight: d.weight,
            memo: d.memo,
            starred: t.starred.includes(d.excerptId),
            descriptors: theCase?.values ?? {},
          };
        }),
    ),
  );
}
