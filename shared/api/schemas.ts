// Domain shapes that cross the API boundary. Types are inferred from these schemas
// and never re-declared elsewhere.
import { z } from 'zod';

export const Id = z.string().min(1).max(64);

export const HostInfo = z.object({
  host: z.enum(['electron', 'browser']),
  version: z.string(),
  /** Native open/save dialogs exist (Electron); the browser host asks for a path instead. */
  canPickFiles: z.boolean(),
});
export type HostInfo = z.infer<typeof HostInfo>;

export const ProjectCounts = z.object({
  documents: z.number().int(),
  cases: z.number().int(),
  coders: z.number().int(),
  codes: z.number().int(),
  excerpts: z.number().int(),
  themes: z.number().int(),
});

export const ProjectInfo = z.object({
  id: Id,
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  counts: ProjectCounts,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const DocumentKind = z.enum(['interview', 'survey', 'fieldnote']);

export const DocumentSummary = z.object({
  id: Id,
  name: z.string(),
  kind: DocumentKind,
  /** Length in Unicode code points of the stored text (the unit of CSV offsets). */
  characters: z.number().int(),
  /** Name of the case (participant) the document belongs to, if any. */
  case: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const Segment = z.object({
  id: Id,
  kind: z.enum(['paragraph', 'turn']),
  speaker: z.string().nullable(),
  /** Half-open range in UTF-16 code units of the stored text. */
  start: z.number().int(),
  end: z.number().int(),
});
export type Segment = z.infer<typeof Segment>;

export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  sourceName: z.string().nullable(),
  sha256: z.string(),
  segments: z.array(Segment),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const DescriptorField = z.object({
  id: Id,
  name: z.string(),
  type: z.enum(['text', 'number', 'date', 'choice']),
  choices: z.array(z.string()),
});
export type DescriptorField = z.infer<typeof DescriptorField>;

export const CaseRecord = z.object({
  id: Id,
  name: z.string(),
  /** Descriptor values keyed by field name; null where missing. */
  values: z.record(z.string(), z.string().nullable()),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CasesTable = z.object({
  fields: z.array(DescriptorField),
  cases: z.array(CaseRecord),
});
export type CasesTable = z.infer<typeof CasesTable>;

export const WeightScale = z.object({
  min: z.number(),
  max: z.number(),
  labels: z.record(z.string(), z.string()),
});

export const Code = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  /** Names from the root down, joined with " > " (the codebook CSV's `path`). */
  path: z.string(),
  colour: z.string(),
  definition: z.string(),
  inclusion: z.string(),
  exclusion: z.string(),
  example: z.string(),
  position: z.number().int(),
  weight: WeightScale.nullable(),
  excerpts: z.number().int(),
});
export type Code = z.infer<typeof Code>;

export const Coder = z.object({
  id: Id,
  name: z.string(),
  colour: z.string(),
  kind: z.enum(['person', 'consensus']),
});
export type Coder = z.infer<typeof Coder>;

/** A file handed to the core by the UI: bytes as base64 (the same over IPC and HTTP). */
export const IncomingFile = z.object({
  fileName: z.string().min(1).max(1024),
  data: z.string().max(700 * 1024 * 1024, 'file too large to send'),
  documentName: z.string().trim().min(1).max(300).optional(),
});

export const ImportSettings = z.object({
  /** Force an encoding instead of detecting it. */
  encoding: z.string().min(1).max(40).optional(),
  /** Speaker label pattern; its first group is the name. */
  speakerPattern: z.string().min(1).max(500).optional(),
});

export const ImportPreview = z.object({
  fileName: z.string(),
  documentName: z.string(),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  detected: z.object({ encoding: z.string(), confidence: z.number() }).nullable(),
  characters: z.number().int(),
  segments: z.number().int(),
  speakers: z.array(z.string()),
  speakerStyle: z.string().nullable(),
  /** The first lines of the normalised text, as they will be stored. */
  firstLines: z.string(),
  warnings: z.array(z.string()),
  /** Name of a document with the same content already in the project. */
  duplicateOf: z.string().nullable(),
  /** Why this file cannot be imported (names the file and where), or null. */
  error: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  documents: z.array(
    z.object({
      id: Id,
      name: z.string(),
      encoding: z.string().nullable(),
      characters: z.number().int(),
      segments: z.number().int(),
      speakers: z.array(z.string()),
      case: z.string().nullable(),
    }),
  ),
  skipped: z.array(z.object({ fileName: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const CasesImportResult = z.object({
  dryRun: z.boolean(),
  caseColumn: z.string(),
  fields: z.array(z.object({ name: z.string(), type: z.enum(['text', 'number', 'date', 'choice']), choices: z.array(z.string()) })),
  cases: z.number().int(),
  casesCreated: z.array(z.string()),
  fieldsCreated: z.array(z.object({ name: z.string(), type: z.string() })),
  changes: z.array(z.object({ case: z.string(), field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  unchanged: z.number().int(),
  linked: z.array(z.object({ document: z.string(), case: z.string() })),
});
export type CasesImportResult = z.infer<typeof CasesImportResult>;

export const ExcerptCode = z.object({ codeId: Id, weight: z.number().nullable() });

export const Excerpt = z.object({
  id: Id,
  documentId: Id,
  coderId: Id,
  /** Half-open range in UTF-16 code units of the stored text. */
  start: z.number().int(),
  end: z.number().int(),
  memo: z.string(),
  codes: z.array(ExcerptCode),
  createdAt: z.string(),
});
export type Excerpt = z.infer<typeof Excerpt>;

export const ProjectSettings = z.object({
  /** Coders see only their own codings until the owner reveals. */
  blind: z.boolean(),
  revealed: z.boolean(),
  ownerCoderId: Id.nullable(),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;

export const UndoState = z.object({ undo: z.string().nullable(), redo: z.string().nullable() });
export type UndoState = z.infer<typeof UndoState>;

export const Memo = z.object({
  id: Id,
  coderId: Id.nullable(),
  targetType: z.enum(['project', 'document', 'code', 'excerpt', 'theme']),
  targetId: Id.nullable(),
  title: z.string(),
  body: z.string(),
  updatedAt: z.string(),
});
export type Memo = z.infer<typeof Memo>;

export const SearchHit = z.object({
  documentId: Id,
  documentName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchQuery = z.object({
  query: z.string().min(1).max(500),
  mode: z.enum(['words', 'phrase', 'prefix', 'regex']).default('words'),
  documentIds: z.array(Id).optional(),
  limit: z.number().int().min(1).max(100000).default(1000),
});

export const Layer = z.enum(['coder', 'consensus']);

export const Table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type Table = z.infer<typeof Table>;

export const Theme = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  codeIds: z.array(Id),
  starred: z.array(Id),
});
export type Theme = z.infer<typeof Theme>;

export const ThemeExcerpt = z.object({
  theme: z.string(),
  themeId: Id,
  excerptId: Id,
  codeId: Id,
  codePath: z.string(),
  document: z.string(),
  documentId: Id,
  case: z.string().nullable(),
  speaker: z.string().nullable(),
  coder: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  weight: z.number().nullable(),
  memo: z.string(),
  starred: z.boolean(),
  descriptors: z.record(z.string(), z.string().nullable()),
});
export type ThemeExcerpt = z.infer<typeof ThemeExcerpt>;

/** Every CSV the UI offers; the CLI writes the same bytes for the same request. */
export const CsvExport = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('themeReport'), layer: Layer.default('coder'), summary: z.boolean().default(false) }),
  z.object({ kind: z.literal('matrix'), cols: z.string().min(1), count: z.enum(['excerpts', 'documents', 'cases']).default('excerpts'), layer: Layer.default('coder') }),
  z.object({ kind: z.literal('cooccurrence'), by: z.enum(['overlap', 'segment']).default('overlap'), layer: Layer.default('coder') }),
  z.object({ kind: z.literal('coverage'), layer: Layer.default('coder') }),
  z.object({ kind: z.literal('frequencies'), layer: Layer.default('coder') }),
  z.object({ kind: z.literal('weights'), layer: Layer.default('coder') }),
  z.object({ kind: z.literal('excerpts') }),
  z.object({ kind: z.literal('codebook') }),
]);
export type CsvExport = z.infer<typeof CsvExport>;

const Num = z.number().nullable();
export const AgreementRow = z.object({
  code: z.string(),
  document: z.string(),
  both: z.number(),
  onlyA: z.number(),
  onlyB: z.number(),
  neither: Num,
  percentAgreement: Num,
  kappa: Num,
  alpha: Num,
  reason: z.string().nullable(),
});
export const AgreementReport = z.object({
  unit: z.enum(['character', 'segment']),
  coders: z.tuple([z.string(), z.string()]),
  minOverlap: Num,
  rows: z.array(AgreementRow),
  byCode: z.array(AgreementRow.omit({ document: true })),
  overall: z.object({ percentAgreement: Num, pooledKappa: Num, alpha: Num, kappaModel: z.string(), reason: z.string().nullable() }),
  weights: z.array(z.object({ code: z.string(), pairs: z.number(), alpha: Num, pearsonR: Num, reason: z.string().nullable() })),
  excerpts: z.object({ a: z.number(), b: z.number() }),
  documents: z.number(),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

export const AgreementQuery = z.object({
  coders: z.tuple([Id, Id]),
  unit: z.enum(['character', 'segment']).default('character'),
  minOverlap: z.number().gt(0).max(1).optional(),
  codes: z.array(z.string()).optional(),
  documents: z.array(z.string()).optional(),
});

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
export const Disagreement = z.object({
  key: z.string(),
  codeId: Id,
  codePath: z.string(),
  documentId: Id,
  documentName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  a: z.array(SpanSchema),
  b: z.array(SpanSchema),
  kind: z.enum(['onlyA', 'onlyB', 'boundary']),
  text: z.string(),
  decision: z.object({ id: Id, outcome: z.string(), note: z.string(), decidedBy: z.string().nullable(), at: z.string() }).nullable(),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const DecisionInput = z.object({
  coderA: Id,
  coderB: Id,
  codeId: Id,
  documentId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  outcome: z.enum(['accept_a', 'accept_b', 'union', 'edit', 'skip']),
  decidedBy: Id.nullable(),
  note: z.string().max(100000).optional(),
  edited: SpanSchema.optional(),
});

// Shapes of the file-level features live beside this file; re-exported so every caller
// keeps importing from one place.
export * from './backupSchemas';
export * from './exchangeSchemas';
