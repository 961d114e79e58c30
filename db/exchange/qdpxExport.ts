// `qualia qdpx export` and the app's "Export REFI-QDA (.qdpx)…": the whole project
// as a REFI-QDA project exchange file — project.qde plus sources/<guid>.txt (UTF-8,
// no BOM) — written atomically. Returns what went in, for the summary line.
import { resolve } from 'node:path';
import type { Out } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { RefiCode, RefiProject } from '../../shared/refi/model';
import { writeProject } from '../../shared/refi/writeProject';
import type { ProjectDb } from '../open';
import { projectToRefi } from './projectToRefi';
import { writeZipAtomically } from './writeArchive';

export type QdpxExportReport = Out<'exchange.exportQdpx'>;

const countCodes = (codes: RefiCode[]): number => codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);

export function refiCounts(project: RefiProject): Omit<QdpxExportReport, 'path'> {
  let selections = 0;
  let codings = 0;
  for (const s of project.sources) {
    selections += s.selections.length;
    for (const sel of s.selections) codings += sel.codings.length;
  }
  return {
    documents: project.sources.length,
    codes: countCodes(project.codes),
    selections,
    codings,
    notes: project.notes.length,
    cases: project.cases.length,
    variables: project.variables.length,
    sets: project.sets.length,
    users: project.users.length,
  };
}

export async function exportQdpx(p: ProjectDb, outPath: string, opts: { origin?: string } = {}): Promise<QdpxExportReport> {
  // The name guards against a slip that would replace a transcript or the project itself.
  if (!/\.qdpx$/i.test(outPath)) throw new ApiError('bad_input', `${outPath}: a REFI-QDA project file must end in .qdpx`);
  const path = resolve(outPath);
  if (path === resolve(p.path)) throw new ApiError('bad_input', `${outPath}: is the open project itself`);
  const { project, texts } = projectToRefi(p, { origin: opts.origin ?? 'Qualia' });
  const xml = writeProject(project);
  await writeZipAtomically(path, [{ path: 'project.qde', data: xml }, ...texts.map((t) => ({ path: `sources/${t.guid}.txt`, data: t.text }))]);
  return { path, ...refiCounts(project) };
}
