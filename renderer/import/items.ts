// One file of an import batch as the UI holds it, and the rules for whether it
// will be imported: shared by the store (what to send) and the preview (what to say).
import type { ImportPreview, ImportResult } from '../../shared/api/schemas';

export interface ImportItem {
  key: string;
  fileName: string;
  /** Base64 of the raw bytes; empty when the file could not be read. */
  data: string;
  /** Null while the file is being read. */
  preview: ImportPreview | null;
  /** Reading or previewing failed outside the importer (too large, transport). */
  readError: string | null;
  documentName: string;
  /** Import even though the content is already in the project or earlier in this batch. */
  importAnyway: boolean;
  /** File name of an earlier file in this batch with the same bytes. */
  sameAsInBatch: string | null;
}

export interface ImportSettingsState {
  encoding: string;
  speakerPattern: string;
}

export interface ImportOutcome {
  imported: ImportResult['documents'];
  skipped: { fileName: string; reason: string }[];
  failed: { fileName: string; message: string }[];
  warnings: string[];
  cancelled: boolean;
  /** Files left out because the user cancelled. */
  notStarted: string[];
}

/** Why a file will not be imported as things stand, or null if it will. */
export function exclusionOf(item: ImportItem): string | null {
  if (item.readError) return item.readError;
  if (!item.preview) return 'not read yet';
  if (item.preview.error) return item.preview.error;
  if (item.importAnyway) return null;
  if (item.preview.duplicateOf !== null) return `same content as document "${item.preview.duplicateOf}" already in the project`;
  if (item.sameAsInBatch !== null) return `same content as ${item.sameAsInBatch}, earlier in this batch`;
  return null;
}

export const isImportable = (item: ImportItem) => exclusionOf(item) === null;
export const isDuplicate = (item: ImportItem) =>
  !item.readError && !item.preview?.error && (item.preview?.duplicateOf != null || item.sameAsInBatch !== null);
