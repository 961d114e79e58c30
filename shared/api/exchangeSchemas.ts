// REFI-QDA exchange (db/exchange; docs/refi-qda.md): the API's shapes.
import { z } from 'zod';

/** What importing a REFI-QDA project (.qdpx) did (db/exchange/qdpxImport.ts; docs/refi-qda.md, "Import"). */
export const PositionUnit = z.enum(['codepoints', 'codepoints-lf', 'utf16', 'utf16-lf']);
export const QdpxImportReport = z.object({
  /** The new project file. */
  path: z.string(),
  name: z.string(),
  /** The `origin` the file claims (not trusted for anything). */
  origin: z.string().nullable(),
  counts: z.object({
    coders: z.number().int(),
    codes: z.number().int(),
    documents: z.number().int(),
    cases: z.number().int(),
    fields: z.number().int(),
    values: z.number().int(),
    excerpts: z.number().int(),
    codings: z.number().int(),
    memos: z.number().int(),
    themes: z.number().int(),
  }),
  /** What the selections' positions were found to count; null when the file has no selections. */
  positions: z.object({ unit: PositionUnit, label: z.string() }).nullable(),
  sources: z.array(
    z.object({
      name: z.string(),
      /** The document it became; null when skipped. */
      document: z.string().nullable(),
      from: z.enum(['inline', 'text', 'docx']).nullable(),
      /** The archive entry the text came from. */
      entry: z.string().nullable(),
      selections: z.number().int(),
      /** Selections placed in the text (before grouping by coder). */
      placed: z.number().int(),
      /** Placed selections whose both ends fall on word or line boundaries. */
      aligned: z.number().int(),
      /** Selections whose end ran past the text and was moved to its end. */
      clamped: z.number().int(),
      /** The unit this source alone fits best (differs from `positions.unit` only in odd files). */
      bestUnit: PositionUnit.nullable(),
    }),
  ),
  skipped: z.array(z.object({ kind: z.enum(['source', 'selection', 'coding', 'set', 'note']), name: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});
export type QdpxImportReport = z.infer<typeof QdpxImportReport>;
