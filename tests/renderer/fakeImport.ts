// The import methods of the fake Qualia. They run the real pure import layer
// (shared/import) on the bytes, so previews carry real detected encodings,
// speakers and errors, and keep the in-memory project as the core would.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { CasesImportResult, DocumentDetail, DocumentSummary, ImportPreview, ImportResult } from '../../shared/api/schemas';
import { decodeText } from '../../shared/import/decode';
import { ImportError } from '../../shared/import/errors';
import { type ParsedTranscript, parseTranscript } from '../../shared/import/index';
import { normalizeText } from '../../shared/import/normalize';
import { readParticipants } from '../../shared/import/participants';
import { customSpeakerStyle } from '../../shared/import/speakers';
import { parseCsv } from '../../shared/import/survey';
import { codePointLength } from '../../shared/text/codePoints';
import type { FakeProject } from './fakeClient';

type ImportMethods = 'import.preview' | 'documents.import' | 'cases.import' | 'documents.rename' | 'documents.setCase';

export function base64ToBytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const withoutExtension = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
const summaryOf = ({ id, name, kind, characters, case: c }: DocumentDetail): DocumentSummary => ({ id, name, kind, characters, case: c });

interface Settings {
  encoding?: string | undefined;
  speakerPattern?: string | undefined;
}

function parse(file: { fileName: string; data: string }, s: Settings): ParsedTranscript {
  let speakerStyle;
  if (s.speakerPattern) {
    try {
      speakerStyle = customSpeakerStyle(s.speakerPattern);
    } catch (err) {
      throw new ImportError({ fileName: file.fileName, code: 'format' }, `the speaker pattern is not a valid regular expression: ${(err as Error).message}`);
    }
  }
  return parseTranscript(file.fileName, base64ToBytes(file.data), {
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(speakerStyle ? { speakerStyle } : {}),
  });
}

export function importHandlers(need: () => FakeProject): Pick<Api, ImportMethods> {
  let nextId = 0;
  const twinOf = (p: FakeProject, text: string) => p.documents.find((d) => d.text === text)?.name ?? null;
  const recount = (p: FakeProject) => {
    p.info = { ...p.info, counts: { ...p.info.counts, documents: p.documents.length, cases: p.cases.cases.length } };
  };
  const findDoc = (p: FakeProject, id: string) => {
    const doc = p.documents.find((d) => d.id === id);
    if (!doc) throw new ApiError('not_found', `no document with id or name "${id}"`);
    return doc;
  };

  return {
    'import.preview': async ({ files, ...settings }) => {
      const p = need();
      return files.map((f): ImportPreview => {
        try {
          const doc = parse(f, settings);
          return {
            fileName: f.fileName,
            documentName: f.documentName ?? withoutExtension(f.fileName),
            format: doc.format,
            encoding: doc.encoding,
            detected: doc.detected,
            characters: codePointLength(doc.text),
            segments: doc.segments.length,
            speakers: doc.speakers,
            speakerStyle: doc.speakerStyle?.id ?? null,
            firstLines: doc.text.split('\n').slice(0, 8).join('\n'),
            warnings: doc.warnings,
            duplicateOf: twinOf(p, doc.text),
            error: null,
          };
        } catch (err) {
          if (!(err instanceof ImportError)) throw err;
          return {
            fileName: f.fileName, documentName: f.fileName, format: null, encoding: null, detected: null, characters: 0,
            segments: 0, speakers: [], speakerStyle: null, firstLines: '', warnings: [], duplicateOf: null, error: err.message,
          };
        }
      });
    },

    'documents.import': async ({ files, allowDuplicates, ...settings }) => {
      const p = need();
      const parsed = files.map((f) => {
        try {
          return { f, doc: parse(f, settings) };
        } catch (err) {
          throw err instanceof ImportError ? new ApiError('bad_input', err.message) : err;
        }
      });
      const report: ImportResult = { documents: [], skipped: [], warnings: [] };
      for (const { f, doc } of parsed) {
        const twin = twinOf(p, doc.text);
        if (twin && !allowDuplicates) {
          report.skipped.push({ fileName: f.fileName, reason: `same content as document "${twin}" already in the project` });
          continue;
        }
        let name = f.documentName ?? withoutExtension(f.fileName);
        for (let i = 2; p.documents.some((d) => d.name === name); i++) name = `${f.documentName ?? withoutExtension(f.fileName)} (${i})`;
        const matching = p.cases.cases.filter((c) => doc.speakers.some((s) => s.toLocaleLowerCase() === c.name.toLocaleLowerCase()));
        const linked = matching.length === 1 ? matching[0]!.name : null;
        const id = `doc-imported-${++nextId}`;
        p.documents.push({
          id, name, kind: 'interview', case: linked, sourceName: f.fileName, text: doc.text, characters: codePointLength(doc.text), sha256: `sha-${id}`,
          segments: doc.segments.map((s, i) => ({ id: `${id}-s${i + 1}`, kind: s.kind, speaker: s.speaker, start: s.start, end: s.end })),
        });
        report.warnings.push(...doc.warnings);
        report.documents.push({
          id, name, encoding: doc.encoding, characters: codePointLength(doc.text), segments: doc.segments.length, speakers: doc.speakers, case: linked,
        });
      }
      recount(p);
      return report;
    },

    'cases.import': async ({ fileName, data, encoding, dryRun }) => {
      const p = need();
      let table;
      try {
        const decoded = decodeText(base64ToBytes(data), { fileName, ...(encoding ? { encoding } : {}) });
        const csv = parseCsv(normalizeText(decoded.text), fileName);
        table = readParticipants(csv, fileName, csv.rowWidths);
      } catch (err) {
        throw err instanceof ImportError ? new ApiError('bad_input', err.message) : err;
      }
      const known = new Set(p.cases.fields.map((f) => f.name));
      const report: CasesImportResult = {
        dryRun: Boolean(dryRun), caseColumn: table.caseColumn, fields: table.fields, cases: table.cases.length,
        casesCreated: [], fieldsCreated: table.fields.filter((f) => !known.has(f.name)).map((f) => ({ name: f.name, type: f.type })),
        changes: [], unchanged: 0, linked: [],
      };
      const cases = structuredClone(p.cases);
      for (const f of report.fieldsCreated) cases.fields.push({ id: `f-${f.name}`, name: f.name, type: f.type as 'text', choices: [] });
      for (const row of table.cases) {
        let record = cases.cases.find((c) => c.name === row.name);
        if (!record) {
          record = { id: `case-${row.name}`, name: row.name, values: {} };
          cases.cases.push(record);
          report.casesCreated.push(row.name);
        }
        for (const f of table.fields) {
          const from = record.values[f.name] ?? null;
          const to = row.values[f.name] ?? null;
          if (from === to) report.unchanged++;
          else if (!report.casesCreated.includes(row.name)) report.changes.push({ case: row.name, field: f.name, from, to });
          record.values[f.name] = to;
        }
      }
      const byName = new Map(cases.cases.map((c) => [c.name.toLocaleLowerCase(), c.name]));
      const links: [DocumentDetail, string][] = [];
      for (const d of p.documents.filter((doc) => doc.case === null)) {
        const speakers = [...new Set(d.segments.flatMap((s) => (s.speaker ? [byName.get(s.speaker.toLocaleLowerCase())] : [])))].filter((n) => n !== undefined);
        const target = byName.get(d.name.toLocaleLowerCase()) ?? (speakers.length === 1 ? speakers[0] : undefined);
        if (target) links.push([d, target]);
      }
      report.linked = links.map(([d, c]) => ({ document: d.name, case: c }));
      if (!dryRun) {
        p.cases = cases;
        for (const [d, c] of links) d.case = c;
        recount(p);
      }
      return report;
    },

    'documents.rename': async ({ id, name }) => {
      const p = need();
      const doc = findDoc(p, id);
      const clean = name.normalize('NFC').trim();
      if (p.documents.some((d) => d.name === clean && d.id !== doc.id)) throw new ApiError('conflict', `a document named "${clean}" already exists`);
      doc.name = clean;
      return summaryOf(doc);
    },

    'documents.setCase': async ({ id, caseId }) => {
      const p = need();
      const doc = findDoc(p, id);
      const record = caseId === null ? null : p.cases.cases.find((c) => c.id === caseId);
      if (record === undefined) throw new ApiError('not_found', `no case with id "${caseId}"`);
      doc.case = record?.name ?? null;
      return summaryOf(doc);
    },
  };
}
