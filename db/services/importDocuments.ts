// Importing transcripts: every file is read and parsed first; only when all of
// them parse does one transaction write them. A bad file therefore names itself
// and leaves the project exactly as it was.
import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api/envelope';
import { baseName, ImportError } from '../../shared/import/errors';
import { type ParsedTranscript, type ParseOptions, parseTranscript, structureText, transcriptFormat } from '../../shared/import/index';
import { customSpeakerStyle } from '../../shared/import/speakers';
import { codePointLength } from '../../shared/text/codePoints';
import { newId } from '../ids';
import { extractDocx } from '../import/docx';
import { assertImportSize } from '../import/file';
import type { ProjectDb } from '../open';

export interface IncomingFile {
  fileName: string;
  bytes: Uint8Array;
  /** Overrides the default name (the file name without its extension). */
  documentName?: string;
}

export interface ImportOptions {
  encoding?: string;
  /** A regular expression for speaker labels at the start of a line; its first group is the name. */
  speakerPattern?: string;
  /** Import a file even when a document with the same content exists. */
  allowDuplicates?: boolean;
}

export interface ParsedIncoming extends ParsedTranscript {
  sha256: string;
  documentName: string;
}

export interface ImportedDocument {
  id: string;
  name: string;
  encoding: string | null;
  characters: number;
  segments: number;
  speakers: string[];
  case: string | null;
}

export interface ImportReport {
  documents: ImportedDocument[];
  skipped: { fileName: string; reason: string }[];
  warnings: string[];
}

export function parseOptions(opts: ImportOptions, fileName = 'the speaker pattern'): ParseOptions {
  const out: ParseOptions = {};
  if (opts.encoding) out.encoding = opts.encoding;
  if (opts.speakerPattern) {
    try {
      out.speakerStyle = customSpeakerStyle(opts.speakerPattern);
    } catch (err) {
      throw new ImportError({ fileName, code: 'format' }, `--speaker-pattern is not a valid regular expression: ${(err as Error).message}`);
    }
  }
  return out;
}

const withoutExtension = (fileName: string) => baseName(fileName).replace(/\.[^.]+$/, '') || baseName(fileName);

/** Read one file's bytes into normalised text and segments; throws ImportError naming the file. */
export async function parseIncoming(file: IncomingFile, opts: ImportOptions = {}): Promise<ParsedIncoming> {
  assertImportSize(file.fileName, file.bytes.length);
  const format = transcriptFormat(file.fileName);
  const po = parseOptions(opts, file.fileName);
  const parsed =
    format === 'docx'
      ? structureText(file.fileName, await extractDocx(file.bytes, file.fileName), 'docx', po)
      : parseTranscript(file.fileName, file.bytes, po);
  return {
    ...parsed,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    documentName: (file.documentName ?? withoutExtension(file.fileName)).normalize('NFC').trim(),
  };
}

/** The first free name: "Interview 3", then "Interview 3 (2)", … */
export function uniqueName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Parse every file, then write them all in one transaction (all or nothing). */
export async function importDocuments(p: ProjectDb, files: IncomingFile[], opts: ImportOptions = {}): Promise<ImportReport> {
  if (files.length === 0) throw new ApiError('bad_input', 'no files to import');
  const parsed: ParsedIncoming[] = [];
  for (const f of files) parsed.push(await parseIncoming(f, opts));
  return writeParsed(p, parsed, opts);
}

export function writeParsed(p: ProjectDb, parsed: ParsedIncoming[], opts: ImportOptions = {}): ImportReport {
  const s = p.sqlite;
  const report: ImportReport = { documents: [], skipped: [], warnings: [] };
  s.transaction(() => {
    const taken = new Set((s.prepare('SELECT name FROM document').all() as { name: string }[]).map((r) => r.name));
    const bySource = s.prepare('SELECT name FROM document WHERE source_sha256 = ? OR sha256 = ? LIMIT 1');
    const caseByName = new Map(
      (s.prepare('SELECT id, name FROM cases').all() as { id: string; name: string }[]).map((c) => [c.name.toLocaleLowerCase(), c]),
    );
    let position = (s.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM document').get() as { n: number }).n;
    const insDoc = s.prepare(
      `INSERT INTO document (id, name, kind, source_name, source_sha256, sha256, encoding, text, characters, case_id, position)
       VALUES (?, ?, 'interview', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insSeg = s.prepare(
      'INSERT INTO segment (id, document_id, kind, speaker, start, "end", time_start_ms, time_end_ms, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const seenInBatch = new Map<string, string>();
    for (const doc of parsed) {
      const textHash = createHash('sha256').update(doc.text, 'utf8').digest('hex');
      const twin = (bySource.get(doc.sha256, textHash) as { name: string } | undefined)?.name ?? seenInBatch.get(textHash);
      if (twin && !opts.allowDuplicates) {
        report.skipped.push({ fileName: doc.fileName, reason: `same content as document "${twin}" already in the project` });
        continue;
      }
      if (twin) report.warnings.push(`${doc.fileName}: same content as "${twin}"; imported again as asked`);
      const name = uniqueName(doc.documentName, taken);
      if (name !== doc.documentName) report.warnings.push(`${doc.fileName}: a document "${doc.documentName}" exists; named this one "${name}"`);
      taken.add(name);
      seenInBatch.set(textHash, name);
      // A participant's transcript belongs to their case: link when exactly one speaker is a known case.
      const matching = doc.speakers.map((sp) => caseByName.get(sp.toLocaleLowerCase())).filter((c) => c !== undefined);
      const linked = matching.length === 1 ? matching[0]! : null;
      const id = newId();
      insDoc.run(id, name, doc.fileName, doc.sha256, textHash, doc.encoding, doc.text, codePointLength(doc.text), linked?.id ?? null, position++);
      for (const seg of doc.segments) {
        // A participant's turns belong to their case; the interviewer's to none.
        const turnCase = seg.speaker ? (caseByName.get(seg.speaker.toLocaleLowerCase())?.id ?? null) : null;
        insSeg.run(newId(), id, seg.kind, seg.speaker, seg.start, seg.end, seg.timeStartMs, seg.timeEndMs, turnCase);
      }
      report.warnings.push(...doc.warnings);
      report.documents.push({
        id,
        name,
        encoding: doc.encoding,
        characters: codePointLength(doc.text),
        segments: doc.segments.length,
        speakers: doc.speakers,
        case: linked?.name ?? null,
      });
    }
  })();
  return report;
}
