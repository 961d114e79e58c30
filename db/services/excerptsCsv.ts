// Codings as CSV, the exchange format researchers' scripts rely on. Offsets in the
// file are Unicode code points into the stored text, end exclusive (as Python/R
// index strings); inside Qualia they are UTF-16 units. Import is all or nothing.
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/envelope';
import type { Code } from '../../shared/api/schemas';
import { type Cell, toCsvChunks, unescapeFormula } from '../../shared/csv/write';
import { offsetMap, type OffsetMap } from '../../shared/text/codePoints';
import { newId } from '../ids';
import type { ProjectDb } from '../open';
import { listCases } from './cases';
import { byDocumentOrder, documentMeta } from './documentMeta';
import { listCodes } from './codebook';
import { ensureCodePath } from './codes';
import { insertExcerpt } from './excerpts';

export const IMPORT_COLUMNS = ['document', 'coder', 'start', 'end', 'code', 'weight', 'memo'] as const;

export interface ExcerptsImportReport {
  excerpts: number;
  codings: number;
  createdCoders: string[];
  createdCodes: string[];
}

interface DocInfo {
  id: string;
  name: string;
  text: string;
  map: OffsetMap;
  characters: number;
}

export function exportExcerptsCsv(p: ProjectDb, opts: { bom?: boolean } = {}): string {
  return [...excerptsCsvChunks(p, opts)].join('');
}

/**
 * The excerpts CSV in pieces, for writing a large project's export straight to a
 * file: only one transcript's text and one piece of the CSV are held at a time.
 */
export function excerptsCsvChunks(p: ProjectDb, opts: { bom?: boolean } = {}): Generator<string> {
  const { fields, cases } = listCases(p);
  const caseValues = new Map(cases.map((c) => [c.name, c.values]));
  const codes = new Map(listCodes(p).map((c) => [c.id, c]));
  const docs = documentMeta(p);
  const docOrder = byDocumentOrder(docs);
  const caseName = new Map(cases.map((c) => [c.id, c.name]));
  const rows = (
    p.sqlite
      .prepare(
        `SELECT e.id, e.document_id AS documentId, c.name AS coder, e.start, e."end", e.memo, ec.code_id AS codeId, ec.weight, ec.rowid AS seq
           FROM excerpt e JOIN coder c ON c.id = e.coder_id JOIN excerpt_code ec ON ec.excerpt_id = e.id`,
      )
      .all() as { id: string; documentId: string; coder: string; start: number; end: number; memo: string; codeId: string; weight: number | null; seq: number }[]
  ).sort((a, b) => docOrder(a.documentId, b.documentId) || a.start - b.start || a.end - b.end || (a.coder < b.coder ? -1 : a.coder > b.coder ? 1 : 0) || a.seq - b.seq);
  const textOf = p.sqlite.prepare('SELECT text FROM document WHERE id = ?').pluck();
  function* cells(): Generator<Cell[]> {
    // Rows come document by document: each transcript is read once, when its first row comes up.
    let currentId: string | null = null;
    let text = '';
    let m: OffsetMap = offsetMap(text);
    for (const r of rows) {
      if (currentId !== r.documentId) {
        currentId = r.documentId;
        text = textOf.get(r.documentId) as string;
        m = offsetMap(text);
      }
      const doc = docs.get(r.documentId)!;
      const code = codes.get(r.codeId)!;
      const caseOf = doc.caseId ? (caseName.get(doc.caseId) ?? null) : null;
      const values = caseOf ? caseValues.get(caseOf) : undefined;
      yield [
        doc.name, r.coder, m.toCodePoint(r.start), m.toCodePoint(r.end), code.name, r.weight, r.memo,
        r.id, caseOf, code.path, text.slice(r.start, r.end), ...fields.map((f) => values?.[f.name] ?? null),
      ];
    }
  }
  return toCsvChunks([...IMPORT_COLUMNS, 'excerpt_id', 'case', 'code_path', 'text', ...fields.map((f) => f.name)], cells(), opts);
}

export function importExcerptsCsv(p: ProjectDb, csv: string, fileName: string, opts: { createMissing?: boolean } = {}): ExcerptsImportReport {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  const missing = IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ApiError('bad_input', `${fileName}: missing column(s) ${missing.join(', ')}; expected ${IMPORT_COLUMNS.join(',')}`);
  const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (bad) throw new ApiError('bad_input', `${fileName} line ${(bad.row ?? 0) + 2}: ${bad.message}`);

  const report: ExcerptsImportReport = { excerpts: 0, codings: 0, createdCoders: [], createdCodes: [] };
  p.sqlite.transaction(() => {
    const docs = new Map<string, DocInfo>();
    for (const d of p.sqlite.prepare('SELECT id, name, text, characters FROM document').all() as Omit<DocInfo, 'map'>[]) {
      const info = { ...d, map: offsetMap(d.text) };
      docs.set(d.id, info);
      docs.set(d.name, info);
    }
    const coders = new Map((p.sqlite.prepare('SELECT id, name FROM coder').all() as { id: string; name: string }[]).map((c) => [c.name, c.id]));
    const codeByKey = () => {
      const m = new Map<string, Code[]>();
      for (const c of listCodes(p)) {
        for (const key of new Set([c.path, c.name, c.id])) m.set(key, [...(m.get(key) ?? []), c]);
      }
      return m;
    };
    let codes = codeByKey();
    // Rows with the same document, coder, range and memo are one excerpt with several codes.
    const grouped = new Map<string, { line: number; doc: DocInfo; coderId: string; start: number; end: number; memo: string; codes: { codeId: string; weight: number | null }[] }>();

    parsed.data.forEach((row, i) => {
      const line = i + 2;
      const where = `${fileName} line ${line}`;
      const doc = docs.get((row.document ?? '').trim());
      if (!doc) throw new ApiError('bad_input', `${where}: unknown document "${row.document}"`);
      const coderName = (row.coder ?? '').trim();
      if (!coderName) throw new ApiError('bad_input', `${where}: the coder is empty`);
      let coderId = coders.get(coderName);
      if (!coderId) {
        if (!opts.createMissing) throw new ApiError('bad_input', `${where}: unknown coder "${coderName}" (use --create-missing to create it)`);
        coderId = newId();
        p.sqlite.prepare('INSERT INTO coder (id, name) VALUES (?, ?)').run(coderId, coderName);
        coders.set(coderName, coderId);
        report.createdCoders.push(coderName);
      }
      const int = (v: string | undefined, name: string) => {
        if (!/^\d+$/.test((v ?? '').trim())) throw new ApiError('bad_input', `${where}: ${name} "${v ?? ''}" is not a whole number`);
        return Number(v);
      };
      const startCp = int(row.start, 'start');
      const endCp = int(row.end, 'end');
      if (endCp <= startCp) throw new ApiError('bad_input', `${where}: end (${endCp}) must be greater than start (${startCp})`);
      if (endCp > doc.characters) throw new ApiError('bad_input', `${where}: end (${endCp}) is past the end of "${doc.name}" (${doc.characters} characters)`);
      const codeKey = (row.code ?? '').trim();
      let matches = codes.get(codeKey) ?? [];
      if (matches.length > 1) throw new ApiError('bad_input', `${where}: code "${codeKey}" is ambiguous; use its path (${matches.map((c) => c.path).join(' or ')})`);
      if (matches.length === 0) {
        if (!codeKey) throw new ApiError('bad_input', `${where}: the code is empty`);
        if (!opts.createMissing) throw new ApiError('bad_input', `${where}: unknown code "${codeKey}" (use --create-missing to create it)`);
        report.createdCodes.push(...ensureCodePath(p, codeKey).created);
        codes = codeByKey();
        matches = codes.get(codeKey) ?? [];
      }
      const weightText = (row.weight ?? '').trim();
      const weight = weightText === '' ? null : Number(weightText);
      if (weight !== null && !Number.isFinite(weight)) throw new ApiError('bad_input', `${where}: weight "${weightText}" is not a number`);
      const code = matches[0]!;
      if (weight !== null) {
        if (!code.weight) throw new ApiError('bad_input', `${where}: code "${code.path}" has no weight scale`);
        if (weight < code.weight.min || weight > code.weight.max) {
          throw new ApiError('bad_input', `${where}: weight ${weight} is outside ${code.name}'s scale ${code.weight.min}…${code.weight.max}`);
        }
      }
      const memo = unescapeFormula(row.memo ?? '');
      const key = [doc.id, coderId, startCp, endCp, memo].join('\u0000');
      const group = grouped.get(key) ?? { line, doc, coderId, start: doc.map.toUtf16(startCp)!, end: doc.map.toUtf16(endCp)!, memo, codes: [] };
      group.codes.push({ codeId: code.id, weight });
      grouped.set(key, group);
      report.codings++;
    });
    for (const g of grouped.values()) {
      try {
        insertExcerpt(p, { documentId: g.doc.id, coderId: g.coderId, start: g.start, end: g.end, memo: g.memo, codes: g.codes });
      } catch (err) {
        if (err instanceof ApiError) throw new ApiError(err.code, `${fileName} line ${g.line}: ${err.message}`);
        throw err;
      }
      report.excerpts++;
    }
  })();
  return report;
}
