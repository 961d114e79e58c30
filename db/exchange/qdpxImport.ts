// `qualia qdpx import` and the app's "Import REFI-QDA project (.qdpx)…": a .qdpx
// (or a bare .qde) becomes a new .qualia file. All or nothing: everything is read,
// decoded and placed first; the project is written in one transaction into a
// temporary file next to the target, which takes the target's name only when
// complete. Any failure removes the temporary file, so the target never exists
// half-written, and an existing file is never overwritten.
import { closeSync, existsSync, linkSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/envelope';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { structureText } from '../../shared/import/index';
import type { RefiTextSource } from '../../shared/refi/model';
import { chooseUnit, convertSpans, type PositionUnit, prepareText, type PreparedText, scoreUnits, UNIT_LABELS, type UnitScore, unitLength } from '../../shared/refi/positions';
import { RefiError } from '../../shared/refi/readError';
import { readProject } from '../../shared/refi/readProject';
import { decodeXmlBytes } from '../../shared/refi/readXml';
import { createProject, type OpenOptions } from '../open';
import { type Archive, type ArchiveLimits, readArchive } from './readArchive';
import { type PlacedSource, type Skipped, writeRefiProject } from './refiToProject';
import { findProjectEntry, noteFileText, type ProjectEntry, resolveSourceText, type SourceText } from './resolveSources';

export interface QdpxImportOptions {
  limits?: Partial<ArchiveLimits>;
  open?: OpenOptions;
}

/** A project file name always ends in .qualia (as when creating one). */
export const withQualiaExtension = (path: string): string => (/\.qualia$/i.test(path) ? path : `${path}.qualia`);

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The input as an archive and its project entry: a zip as it is; a bare .qde (XML) as an archive holding only it. */
async function openInput(inPath: string, opts: QdpxImportOptions): Promise<{ archive: Archive; entry: ProjectEntry; qdeName: string }> {
  const name = basename(inPath);
  let isFile = false;
  try {
    isFile = statSync(inPath).isFile();
  } catch {
    throw new ApiError('not_found', `${inPath}: no such file`);
  }
  if (!isFile) throw new ApiError('bad_input', `${inPath}: not a file`);
  const head = readHead(inPath);
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const archive = await readArchive(inPath, { name, ...(opts.limits ? { limits: opts.limits } : {}) });
    const entry = findProjectEntry(archive);
    return { archive, entry, qdeName: `${name}: ${entry.file.path}` };
  }
  const text = head.toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, '').trimStart();
  if (text.startsWith('<')) {
    const max = opts.limits?.maxTotalBytes ?? 2 * 1024 ** 3;
    if (statSync(inPath).size > max) throw new RefiError('unsafe', { fileName: name }, `is larger than ${max} bytes`);
    const file = { path: name, data: readFileSync(inPath) };
    const archive: Archive = { name, files: new Map([[name.toLowerCase(), file]]), warnings: [`${name} is a project file without its sources (.qdpx holds both); only inline texts can be imported`] };
    return { archive, entry: { file, base: '' }, qdeName: name };
  }
  throw new RefiError('structure', { fileName: name }, 'is neither a REFI-QDA project archive (.qdpx, a zip) nor a project file (.qde, XML)');
}

const sourceLabel = (s: RefiTextSource, i: number) => s.name?.trim() || s.plainTextPath?.replace(/^.*[\\/]|^[a-z]+:\/\//gi, '') || `source ${i + 1}`;
const documentName = (s: RefiTextSource, i: number) =>
  (s.name?.trim() || s.plainTextPath?.replace(/^[a-z]+:\/\//i, '').replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || `Document ${i + 1}`).normalize('NFC');

interface Resolved {
  source: RefiTextSource;
  index: number;
  text: SourceText;
  prepared: PreparedText;
  scores: UnitScore[];
}

/** Temporary sibling of the target; the same folder, so the final step is a rename on one file system. */
const tempPathFor = (out: string) => join(dirname(out), `.${basename(out)}.importing-${process.pid}-${Date.now().toString(36)}`);

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`, `${path}.lock`]) {
    try {
      unlinkSync(p);
    } catch {
      // Not there: nothing to clean.
    }
  }
}

/** Give the finished file its name without ever replacing a file that appeared meanwhile. */
function publish(temp: string, out: string): void {
  try {
    linkSync(temp, out);
    unlinkSync(temp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiError('conflict', `${out}: already exists; the import was not saved (choose another name)`);
    // File systems without hard links: rename after checking, the best they allow.
    if (existsSync(out)) throw new ApiError('conflict', `${out}: already exists; the import was not saved (choose another name)`);
    renameSync(temp, out);
  }
}

/**
 * Import a REFI-QDA project into a new project file at `outPath` (".qualia" is
 * added when missing). Refuses when the target exists. Throws RefiError (an
 * ImportError naming the file and line) for unreadable or unsafe input.
 */
export async function importQdpx(inPath: string, outPath: string, opts: QdpxImportOptions = {}): Promise<QdpxImportReport> {
  const out = resolve(withQualiaExtension(outPath));
  if (existsSync(out)) throw new ApiError('conflict', `${out}: already exists; an import always creates a new project (choose another name)`);
  if (!existsSync(dirname(out))) throw new ApiError('not_found', `${dirname(out)}: no such folder`);

  const { archive, entry, qdeName } = await openInput(resolve(inPath), opts);
  const refi = readProject(decodeXmlBytes(entry.file.data, qdeName), qdeName);

  const skipped: Skipped[] = [];
  const warnings = [...archive.warnings];
  const resolved: Resolved[] = [];
  const skippedSources: QdpxImportReport['sources'] = [];
  for (const [index, source] of refi.sources.entries()) {
    const label = sourceLabel(source, index);
    const r = await resolveSourceText(archive, entry.base, source, label);
    if ('skip' in r) {
      const lost = source.selections.length ? ` (${source.selections.length} selection(s) on it not imported)` : '';
      skipped.push({ kind: 'source', name: label, reason: `${r.skip}${lost}` });
      skippedSources.push({ name: label, document: null, from: null, entry: null, selections: source.selections.length, placed: 0, aligned: 0, clamped: 0, bestUnit: null });
      continue;
    }
    const prepared = prepareText(r.text.decoded);
    resolved.push({ source, index, text: r.text, prepared, scores: scoreUnits(prepared, source.selections) });
  }
  for (const other of refi.otherSources) {
    skipped.push({ kind: 'source', name: other.name?.trim() || other.path || other.guid, reason: `${other.kind.replace('Source', '').toLowerCase()} sources are not supported (only text)` });
  }

  // One tool wrote every source, so one unit for the file: decided on the plain texts (a converted .docx is only an approximation).
  const withSpans = resolved.filter((r) => r.source.selections.length > 0);
  const judged = withSpans.some((r) => r.text.from !== 'docx') ? withSpans.filter((r) => r.text.from !== 'docx') : withSpans;
  const unit: PositionUnit | null = withSpans.length ? chooseUnit(judged.map((r) => r.scores)) : null;

  const placed: PlacedSource[] = [];
  const sourceReports: QdpxImportReport['sources'] = [];
  for (const r of resolved) {
    const spans = convertSpans(r.prepared, r.source.selections, unit ?? 'codepoints');
    spans.forEach((span, i) => {
      if (span.problem !== 'starts-after-text') return;
      const sel = r.source.selections[i]!;
      const why = `selection ${sel.guid} on "${sourceLabel(r.source, r.index)}" starts at ${sel.start}, past the end of its text (${unitLength(r.prepared, unit ?? 'codepoints')} ${UNIT_LABELS[unit ?? 'codepoints']})`;
      // A text converted from .docx may differ from the one the positions were counted on: skip there, refuse elsewhere.
      if (r.text.from === 'docx') {
        skipped.push({ kind: 'selection', name: `${sourceLabel(r.source, r.index)} ${sel.start}–${sel.end}`, reason: `${why}; the text came from the Word file` });
        spans[i] = { ...span, problem: 'empty' };
        return;
      }
      throw new RefiError('positions', { fileName: qdeName, ...(sel.line ? { line: sel.line } : {}) }, `${why}: the positions do not belong to this text, so nothing was imported`);
    });
    const fileName = r.text.entry ?? `${documentName(r.source, r.index)}.txt`;
    const structured = structureText(fileName, r.text.decoded, 'text');
    if (structured.text !== r.prepared.normalized) throw new Error(`internal: normalised text of ${fileName} differs between structure and positions`);
    warnings.push(...structured.warnings);
    if (r.text.encoding && !/^utf-(8|16)/.test(r.text.encoding)) warnings.push(`${fileName} is not UTF-8 as REFI-QDA requires; it was read as ${r.text.encoding}. Check accented letters.`);
    placed.push({
      source: r.source,
      name: documentName(r.source, r.index),
      text: structured.text,
      segments: structured.segments,
      speakers: structured.speakers,
      sourceName: r.text.entry ? basename(r.text.entry) : null,
      sourceSha256: r.text.sourceSha256,
      encoding: r.text.encoding,
      spans,
    });
    const placedSpans = spans.filter((s) => s.problem === null);
    const best = r.source.selections.length ? chooseUnit([r.scores]) : null;
    sourceReports.push({
      name: sourceLabel(r.source, r.index),
      document: null,
      from: r.text.from,
      entry: r.text.entry,
      selections: r.source.selections.length,
      placed: placedSpans.length,
      aligned: placedSpans.filter((s) => s.aligned).length,
      clamped: placedSpans.filter((s) => s.clamped).length,
      bestUnit: best,
    });
    if (best && unit && best !== unit && r.text.from !== 'docx') {
      warnings.push(`"${sourceLabel(r.source, r.index)}" alone would fit ${UNIT_LABELS[best]} better than the file's ${UNIT_LABELS[unit]}; check its codings`);
    }
    if (placedSpans.length >= 5 && placedSpans.filter((s) => s.aligned).length < placedSpans.length / 2) {
      warnings.push(`"${sourceLabel(r.source, r.index)}": only ${placedSpans.filter((s) => s.aligned).length} of ${placedSpans.length} codings start and end between words; their positions may not match this text`);
    }
    if (r.text.from === 'docx' && r.source.selections.length) {
      warnings.push(`"${sourceLabel(r.source, r.index)}": its text came from the Word file because the plain text is missing; codings were placed on it but may be shifted`);
    }
  }

  const noteTexts = new Map<string, string>();
  for (const n of refi.notes) {
    const text = n.text?.trim() ? n.text : (noteFileText(archive, entry.base, n.plainTextPath) ?? n.description);
    if (text?.trim()) noteTexts.set(n.guid, text);
  }

  const temp = tempPathFor(out);
  const name = refi.name.trim() || basename(out).replace(/\.qualia$/i, '');
  let result: ReturnType<typeof writeRefiProject>;
  try {
    const p = createProject(temp, name, opts.open);
    try {
      result = writeRefiProject(p, refi, placed, noteTexts);
    } finally {
      p.close();
    }
    publish(temp, out);
  } catch (err) {
    removeQuietly(temp);
    throw err;
  }

  for (const [i, report] of sourceReports.entries()) report.document = result.documents.get(placed[i]!.source.guid) ?? null;
  return {
    path: out,
    name,
    origin: refi.origin ?? null,
    counts: result.counts,
    positions: unit ? { unit, label: UNIT_LABELS[unit] } : null,
    sources: [...sourceReports, ...skippedSources],
    skipped: [...skipped, ...result.skipped],
    warnings: [...warnings, ...result.warnings],
  };
}
