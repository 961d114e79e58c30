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
