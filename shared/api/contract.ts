// The one table of operations. Hosts (IPC, HTTP, CLI) are thin adapters over it:
// adding a feature means adding an entry here and a handler in db/, nothing else.
import { z } from 'zod';
import {
  BackupEntry,
  BackupList,
  BackupSettings,
  CasesImportResult,
  CasesTable,
  ImportPreview,
  ImportResult,
  ImportSettings,
  IncomingFile,
  AgreementQuery,
  AgreementReport,
  DecisionInput,
  Disagreement,
  CsvExport,
  Layer,
  Table,
  Theme,
  ThemeExcerpt,
  Excerpt,
  Memo,
  ProjectSettings,
  SearchHit,
  SearchQuery,
  UndoState,
  WeightScale,
  Code,
  Coder,
  DocumentDetail,
  DocumentSummary,
  HostInfo,
  Id,
  ProjectInfo,
  RecentProject,
  QdpxImportReport,
} from './schemas';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({
  input,
  output,
  summary,
});

const none = z.object({}).strict();
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const CodeFields = z.object({
  colour: Colour.optional(),
  definition: z.string().max(20000).optional(),
  inclusion: z.string().max(20000).optional(),
  exclusion: z.string().max(20000).optional(),
  example: z.string().max(20000).optional(),
  weight: WeightScale.nullable().optional(),
});
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
    z.object({ mode: z.enum(['open', 'create']), kind: z.enum(['project', 'qdpx', 'codebook']).optional() }).strict(),
    z.object({ path: z.string().nullable() }),
    'Ask the user for a file with a native dialog (desktop only): a .qualia project (default), a REFI-QDA .qdpx, or a codebook (.csv/.qdc).',
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
  'documents.speakers': op(
    z.object({ id: Id }).strict(),
    z.array(z.object({ speaker: z.string(), turns: z.number().int(), caseId: Id.nullable(), caseName: z.string().nullable() })),
    "A document's speakers and the case each one's turns belong to.",
  ),
  'documents.mapSpeaker': op(
    z.object({ id: Id, speaker: z.string().min(1), caseId: Id.nullable() }).strict(),
    z.array(z.object({ speaker: z.string(), turns: z.number().int(), caseId: Id.nullable(), caseName: z.string().nullable() })),
    "Say whose words a speaker's turns are (null: nobody's, e.g. the interviewer).",
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
  'codes.list': op(
    z.object({ viewerCoderId: Id.nullable().optional() }).strict(),
    z.array(Code),
    'The codebook, parents before children; in blind mode counts only the viewer’s excerpts.',
  ),
  'coders.list': op(none, z.array(Coder), 'Coders of the open project.'),

  'coders.add': op(z.object({ name: z.string().trim().min(1).max(100), colour: Colour.optional() }).strict(), Coder, 'Add a coder.'),
  'project.settings': op(none, ProjectSettings, 'Blind mode and owner.'),
  'project.updateSettings': op(
    ProjectSettings.partial().extend({ byCoderId: Id.nullable().optional() }).strict(),
    ProjectSettings,
    'Turn blind mode on/off, reveal, set the owner (only the owner, once there is one).',
  ),

  'project.merge': op(
    z.object({ sourcePath: ProjectPath }).strict(),
    z.object({
      added: z.record(z.string(), z.number().int()),
      conflicts: z.array(z.object({ kind: z.string(), id: z.string(), name: z.string(), detail: z.string() })),
    }),
    "Merge a coder's copy into the open project; conflicts are reported, not guessed.",
  ),

  'codes.create': op(CodeFields.extend({ name: z.string().trim().min(1).max(200), parentId: Id.nullable().optional() }).strict(), Code, 'Add a code.'),
  'codes.update': op(CodeFields.partial().extend({ id: Id, name: z.string().trim().min(1).max(200).optional() }).strict(), Code, 'Edit a code.'),
  'codes.move': op(z.object({ id: Id, parentId: Id.nullable(), position: z.number().int().min(0) }).strict(), z.array(Code), 'Re-parent and/or reorder a code.'),
  'codes.merge': op(z.object({ sourceId: Id, targetId: Id }).strict(), z.object({ moved: z.number().int() }), "Merge a code into another; its codings move."),
  'codes.excerpts': op(
    z.object({ id: Id, viewerCoderId: Id.nullable().optional() }).strict(),
    z.array(z.object({ excerptId: Id, documentId: Id, documentName: z.string(), coderId: Id, coder: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
    'Every excerpt carrying a code.',
  ),
  'codes.split': op(
    z.object({ id: Id, newName: z.string().trim().min(1).max(200), excerptIds: z.array(Id).min(1), byCoderId: Id.nullable().optional() }).strict(),
    z.object({ code: Code, moved: z.number().int() }),
    'Split a code: the chosen excerpts move to a new sibling code.',
  ),
  'codes.impact': op(z.object({ id: Id }).strict(), z.object({ excerpts: z.number().int(), descendants: z.number().int() }), 'What deleting a code would remove.'),
  'codes.delete': op(z.object({ id: Id }).strict(), z.object({ excerpts: z.number().int(), descendants: z.number().int() }), 'Delete a code, its sub-codes and their codings.'),

  'excerpts.list': op(z.object({ documentId: Id, viewerCoderId: Id.nullable() }).strict(), z.array(Excerpt), "A document's excerpts (only the viewer's in blind mode)."),
  'excerpts.create': op(
    z.object({
      documentId: Id,
      coderId: Id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      codes: z.array(z.object({ codeId: Id, weight: z.number().nullable().optional() })).min(1),
      memo: z.string().max(100000).optional(),
    }).strict(),
    Excerpt,
    'Code a range of a document with one or more codes.',
  ),
  'excerpts.update': op(
    z.object({ id: Id, start: z.number().int().min(0).optional(), end: z.number().int().min(1).optional(), memo: z.string().max(100000).optional() }).strict(),
    Excerpt,
    "Adjust an excerpt's boundaries or memo.",
  ),
  'excerpts.setCode': op(z.object({ id: Id, codeId: Id, weight: z.number().nullable().optional() }).strict(), Excerpt, 'Add a code to an excerpt, or change its weight.'),
  'excerpts.removeCode': op(z.object({ id: Id, codeId: Id }).strict(), Excerpt.nullable(), 'Remove a code from an excerpt (the excerpt goes with its last code).'),
  'excerpts.delete': op(z.object({ id: Id }).strict(), z.null(), 'Delete an excerpt.'),

  'memos.list': op(
    z.object({ targetType: Memo.shape.targetType.optional(), targetId: Id.nullable().optional(), query: z.string().max(500).optional() }).strict(),
    z.array(Memo),
    'Memos, filtered by target and/or text (accent-insensitive).',
  ),
  'memos.save': op(
    z.object({ id: Id.optional(), coderId: Id.nullable(), targetType: Memo.shape.targetType, targetId: Id.nullable(), title: z.string().max(500), body: z.string().max(1000000) }).strict(),
    Memo,
    'Create or update a memo.',
  ),
  'memos.delete': op(z.object({ id: Id }).strict(), z.null(), 'Delete a memo.'),

  'edit.state': op(none, UndoState, 'What undo and redo would do.'),
  'edit.undo': op(none, UndoState.extend({ undone: z.string() }), 'Undo the last edit.'),
  'edit.redo': op(none, UndoState.extend({ redone: z.string() }), 'Redo the last undone edit.'),

  'search.text': op(SearchQuery.strict(), z.array(SearchHit), 'Full-text search with context (words, phrase, prefix, regex; accent-insensitive).'),
  'autocode.preview': op(
    SearchQuery.extend({ extent: z.enum(['hit', 'sentence', 'paragraph', 'turn']) }).strict(),
    z.array(z.object({ documentId: Id, documentName: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
    'The excerpts auto-coding would create (hits extended and merged).',
  ),
  'autocode.apply': op(
    SearchQuery.extend({ extent: z.enum(['hit', 'sentence', 'paragraph', 'turn']), codeId: Id, coderId: Id, weight: z.number().nullable().optional() }).strict(),
    z.object({ created: z.number().int() }),
    'Code every hit (one undoable action).',
  ),

  'themes.list': op(none, z.array(Theme), 'Themes with their codes and starred quotes.'),
  'themes.create': op(z.object({ name: z.string().trim().min(1).max(300), description: z.string().max(100000).optional(), codeIds: z.array(Id).optional() }).strict(), Theme, 'Add a theme.'),
  'themes.update': op(z.object({ id: Id, name: z.string().trim().min(1).max(300).optional(), description: z.string().max(100000).optional() }).strict(), Theme, 'Rename or describe a theme.'),
  'themes.delete': op(z.object({ id: Id }).strict(), z.null(), 'Delete a theme (its codes stay).'),
  'themes.addCode': op(z.object({ id: Id, codeId: Id }).strict(), Theme, 'Put a code in a theme.'),
  'themes.removeCode': op(z.object({ id: Id, codeId: Id }).strict(), Theme, 'Take a code out of a theme.'),
  'themes.star': op(z.object({ id: Id, excerptId: Id, starred: z.boolean() }).strict(), Theme, 'Star or unstar a representative quote.'),
  'themes.excerpts': op(z.object({ id: Id.optional(), layer: Layer.default('coder') }).strict(), z.array(ThemeExcerpt), "A theme's excerpts with case, speaker, coder and descriptors."),

  'analysis.matrix': op(z.object({ cols: z.string().min(1), count: z.enum(['excerpts', 'documents', 'cases']).default('excerpts'), layer: Layer.default('coder') }).strict(), Table, 'Code × descriptor matrix.'),
  'analysis.cooccurrence': op(z.object({ by: z.enum(['overlap', 'segment']).default('overlap'), layer: Layer.default('coder') }).strict(), Table, 'Code × code co-occurrence.'),
  'analysis.coverage': op(z.object({ layer: Layer.default('coder') }).strict(), Table, 'Share of each document covered by each code.'),
  'analysis.frequencies': op(z.object({ layer: Layer.default('coder') }).strict(), Table, 'Excerpts, documents and cases per code.'),
  'analysis.weights': op(z.object({ layer: Layer.default('coder') }).strict(), Table, 'Every weight given, by code, case and coder.'),
  'export.csv': op(CsvExport.and(z.object({ bom: z.boolean().optional() })), z.object({ fileName: z.string(), text: z.string() }), 'A CSV export, byte-identical to the CLI’s.'),

  'agreement.compute': op(AgreementQuery.strict(), AgreementReport, 'Agreement between two coders (character or segment unit), with the counts behind every figure.'),
  'agreement.multi': op(
    z.object({ coders: z.array(Id).min(2).max(50), codes: z.array(z.string()).optional(), documents: z.array(z.string()).optional() }).strict(),
    z.object({
      unit: z.literal('character'),
      coders: z.array(z.string()),
      units: z.number().int(),
      byCode: z.array(z.object({ code: z.string(), percentAgreement: z.number().nullable(), fleissKappa: z.number().nullable(), alpha: z.number().nullable(), histogram: z.array(z.number().int()), reason: z.string().nullable() })),
    }),
    "Character-level agreement among two or more coders: Fleiss' κ, Krippendorff's α and pairwise agreement per code.",
  ),
  'agreement.methods': op(AgreementQuery.strict(), z.object({ text: z.string() }), 'A methods paragraph to copy into a paper.'),
  'consensus.disagreements': op(
    z.object({ coderA: Id, coderB: Id, codeId: Id.optional(), documentId: Id.optional() }).strict(),
    z.array(Disagreement),
    'Where two coders disagree, stretch by stretch, with any decision taken.',
  ),
  'consensus.decide': op(DecisionInput.strict(), z.object({ id: Id }), 'Decide a disagreement: accept A, accept B, union, edit or skip (writes the consensus layer).'),
  'consensus.acceptAgreements': op(z.object({ coderA: Id, coderB: Id, codeId: Id.optional() }).strict(), z.object({ created: z.number().int() }), 'Copy what both coders coded alike into the consensus layer.'),

  'codebook.importFile': op(
    z.object({ path: ProjectPath }).strict(),
    z.object({
      format: z.enum(['csv', 'qdc']),
      created: z.array(z.string()),
      updated: z.array(z.string()),
      themesCreated: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
    'Add or update codes from a codebook file on this computer: CSV (path,definition,colour,weight_min,weight_max) or REFI-QDA .qdc, by extension. One undo step.',
  ),
  'codebook.exportFile': op(
    z.object({ path: ProjectPath }).strict(),
    z.object({ path: z.string(), format: z.enum(['csv', 'qdc']), codes: z.number().int() }),
    'Write the codebook to a file on this computer: CSV, or REFI-QDA .qdc when the name ends in .qdc (written whole or not at all).',
  ),
  'exchange.exportQdpx': op(
    z.object({ path: ProjectPath }).strict(),
    z.object({
      path: z.string(),
      documents: z.number().int(),
      codes: z.number().int(),
      selections: z.number().int(),
      codings: z.number().int(),
      notes: z.number().int(),
      cases: z.number().int(),
      variables: z.number().int(),
      sets: z.number().int(),
      users: z.number().int(),
    }),
    'Export the open project as a REFI-QDA project file (.qdpx; ".qdpx" is added when the name lacks it). Returns the path written and what went in.',
  ),
  'exchange.importQdpx': op(
    z.object({ sourcePath: ProjectPath, projectPath: ProjectPath }).strict(),
    z.object({ project: ProjectInfo, report: QdpxImportReport }),
    'Create a new project from a REFI-QDA project (.qdpx, or a bare .qde) and open it; ".qualia" is added to projectPath when missing, and an existing file is never overwritten. All or nothing; the report says what was imported, how positions were read and what was skipped.',
  ),

  'backups.list': op(none, BackupList, "The open project's backups (newest first), where they are, the backup settings and the last automatic backup's error."),
  'backups.create': op(none, BackupEntry, 'Back up the open project now into its backup folder (SQLite online backup), keeping the newest K.'),
  'backups.restore': op(
    z.object({ fileName: z.string().min(1).max(1024) }).strict(),
    ProjectInfo,
    'Replace the open project with one of its backups (by file name, from backups.list). The current state is backed up first ("before-restore"); the project is then reopened, so undo history starts afresh.',
  ),
  'backups.updateSettings': op(BackupSettings.partial().strict(), BackupSettings, 'Change the backup settings (on/off, keep K, every N minutes, folder); they apply to every project on this computer.'),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type In<M extends Method> = z.input<Contract[M]['input']>;
export type Out<M extends Method> = z.output<Contract[M]['output']>;
/** What every host implements and every client calls. */
export type Api = { [M in Method]: (input: z.output<Contract[M]['input']>) => Promise<Out<M>> };

export const methods = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);
