// The one table of operations. Hosts (IPC, HTTP, CLI) are thin adapters over it:
// adding a feature means adding an entry here and a handler in db/, nothing else.
import { z } from 'zod';
import {
  CasesImportResult,
  CasesTable,
  ImportPreview,
  ImportResult,
  ImportSettings,
  IncomingFile,
  Code,
  Coder,
  DocumentDetail,
  DocumentSummary,
  HostInfo,
  Id,
  ProjectInfo,
  RecentProject,
} from './schemas';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({
  input,
  output,
  summary,
});

const none = z.object({}).strict();
const ProjectPath = z
  .string()
  .min(1, 'a project path is required')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path cannot contain NUL');

export const contract = {
  'app.info': op(none, HostInfo, 'Which host is running and what it can do.'),

  'project.current': op(none, ProjectInfo.nullable(), 'The open project, or null.'),
  'project.open': op(z.object({ path: ProjectPath }).strict(), ProjectInfo, 'Open an existing .qualia file.'),
  'project.create': op(
    z.object({ path: ProjectPath, name: z.string().trim().min(1).max(200).optional() }).strict(),
    ProjectInfo,
    'Create a new, empty .qualia file and open it.',
  ),
  'project.close': op(none, z.null(), 'Close the open project.'),
  'project.recent': op(none, z.array(RecentProject), 'Recently opened projects, newest first.'),
  'project.pickFile': op(
    z.object({ mode: z.enum(['open', 'create']) }).strict(),
    z.object({ path: z.string().nullable() }),
    'Ask the user for a project file with a native dialog (desktop only).',
  ),

  'documents.list': op(none, z.array(DocumentSummary), 'Documents of the open project.'),
  'documents.get': op(z.object({ id: Id }).strict(), DocumentDetail, 'One document with its text and segments.'),

  'documents.rename': op(
    z.object({ id: Id, name: z.string().trim().min(1).max(300) }).strict(),
    DocumentSummary,
    'Rename a document (names are unique in a project).',
  ),
  'documents.setCase': op(
    z.object({ id: Id, caseId: Id.nullable() }).strict(),
    DocumentSummary,
    'Link a document to a case, or unlink it (null).',
  ),
  'import.preview': op(
    ImportSettings.extend({ files: z.array(IncomingFile).min(1).max(500) }).strict(),
    z.array(ImportPreview),
    'Read files without importing: detected encoding, speakers, first lines, duplicates, errors.',
  ),
  'documents.import': op(
    ImportSettings.extend({ files: z.array(IncomingFile).min(1).max(500), allowDuplicates: z.boolean().optional() }).strict(),
    ImportResult,
    'Import transcript files as documents, all of them or none.',
  ),

  'cases.list': op(none, CasesTable, 'Cases (participants) with their descriptor values.'),
  'cases.import': op(
    z.object({ fileName: z.string().min(1), data: z.string(), encoding: z.string().optional(), dryRun: z.boolean().optional() }).strict(),
    CasesImportResult,
    'Import or update a participants CSV (first column the case name); dryRun reports without saving.',
  ),
  'codes.list': op(none, z.array(Code), 'The codebook, parents before children.'),
  'coders.list': op(none, z.array(Coder), 'Coders of the open project.'),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type In<M extends Method> = z.input<Contract[M]['input']>;
export type Out<M extends Method> = z.output<Contract[M]['output']>;
/** What every host implements and every client calls. */
export type Api = { [M in Method]: (input: z.output<Contract[M]['input']>) => Promise<Out<M>> };

export const methods = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);
