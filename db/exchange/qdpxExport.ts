// `qualia qdpx export` and the app's "Export REFI-QDA (.qdpx)…": the whole project
// as a REFI-QDA project exchange file — project.qde plus sources/<guid>.txt (UTF-8,
// no BOM) — written atomically. Returns what went in, for the summary line.
//
// Memory stays flat however large the project (a 116 MB project.qde for 200,000
// selections), in two steps:
// 1. synchronously, so nothing else can change the project halfway and the file is
//    one consistent picture of it, project.qde is written chunk by chunk and the
//    texts document by document into a spool folder in the system's temporary folder;
// 2. the zip is compressed from those files into the temporary .qdpx, which then
//    replaces the target (writeFileAtomicFrom), and the spool folder is removed.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Out } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { RefiCode, RefiNote, RefiTextSource } from '../../shared/refi/model';
import { projectXmlChunks } from '../../shared/refi/writeProject';
import { writeErrorMessage, writeFileAtomicFrom } from '../files/writeAtomic';
import type { ProjectDb } from '../open';
import { projectToRefiParts } from './projectToRefi';
import { type ArchiveEntry, writeAll, writeZip } from './writeArchive';

export type QdpxExportReport = Out<'exchange.exportQdpx'>;
type Counts = Omit<QdpxExportReport, 'path'>;

const countCodes = (codes: RefiCode[]): number => codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);

/** A file in the spool folder, written from start to end; errors name it. */
function spoolFile(path: string) {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    throw new ApiError('file_error', writeErrorMessage(path, err));
  }
  let bytes = 0;
  return {
    path,
    get bytes() {
      return bytes;
    },
    write(data: string) {
      const buf = Buffer.from(data, 'utf8');
      try {
        writeAll(fd, buf);
      } catch (err) {
        throw new ApiError('file_error', writeErrorMessage(path, err));
      }
      bytes += buf.length;
    },
    close: () => closeSync(fd),
  };
}

/** Step 1: project.qde and the texts into `dir`; returns the archive's entries in order, and what went in. */
function spoolProject(p: ProjectDb, dir: string, origin: string): { entries: ArchiveEntry[]; counts: Counts } {
  const parts = projectToRefiParts(p, { origin });
  const counts: Counts = {
    documents: 0,
    codes: countCodes(parts.head.codes),
    selections: 0,
    codings: 0,
    notes: 0,
    cases: parts.head.cases.length,
    variables: parts.head.variables.length,
    sets: parts.head.sets.length,
    users: parts.head.users.length,
  };
  const qde = spoolFile(join(dir, 'project.qde'));
  let texts: ReturnType<typeof spoolFile>;
  try {
    texts = spoolFile(join(dir, 'sources'));
  } catch (err) {
    qde.close();
    throw err;
  }
  const sourceEntries: ArchiveEntry[] = [];
  // Each document's text goes to the spool as its TextSource goes into the XML.
  function* sources(): Generator<RefiTextSource> {
    for (const { source, text } of parts.documents()) {
      const start = texts.bytes;
      texts.write(text);
      sourceEntries.push({ path: `sources/${source.guid}.txt`, file: texts.path, start, bytes: texts.bytes - start });
      counts.documents++;
      counts.selections += source.selections.length;
      for (const sel of source.selections) counts.codings += sel.codings.length;
      yield source;
    }
  }
  function* notes(): Generator<RefiNote> {
    for (const note of parts.notes()) {
      counts.notes++;
      yield note;
    }
  }
  try {
    for (const chunk of projectXmlChunks({ ...parts.head, sources: sources(), notes: notes() })) qde.write(chunk);
  } finally {
    qde.close();
    texts.close();
  }
  return { entries: [{ path: 'project.qde', file: qde.path, start: 0, bytes: qde.bytes }, ...sourceEntries], counts };
}

export async function exportQdpx(p: ProjectDb, outPath: string, opts: { origin?: string } = {}): Promise<QdpxExportReport> {
  // The name guards against a slip that would replace a transcript or the project itself.
  if (!/\.qdpx$/i.test(outPath)) throw new ApiError('bad_input', `${outPath}: a REFI-QDA project file must end in .qdpx`);
  const path = resolve(outPath);
  if (path === resolve(p.path)) throw new ApiError('bad_input', `${outPath}: is the open project itself`);
  let counts: Counts | undefined;
  await writeFileAtomicFrom(path, async (fd) => {
    const spool = join(tmpdir(), 'qualia-qdpx-');
    let dir: string;
    try {
      dir = mkdtempSync(spool);
    } catch (err) {
      throw new ApiError('file_error', writeErrorMessage(`${spool}…`, err));
    }
    try {
      const spooled = spoolProject(p, dir, opts.origin ?? 'Qualia');
      counts = spooled.counts;
      await writeZip(fd, spooled.entries);
    } finally {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // A spool folder left in the system's temporary folder (say, held open by a virus
        // scanner) is cleaned up by the system; it must not fail an export already written.
      }
    }
  });
  return { path, ...counts! };
}
