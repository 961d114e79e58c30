import { decodeText } from '../../shared/import/decode';
import { normalizeText } from '../../shared/import/normalize';
import { readParticipants, type ParticipantsTable } from '../../shared/import/participants';
import { parseCsv } from '../../shared/import/survey';

/** Participants CSV bytes → typed table; throws ImportError naming the file and line. */
export function readParticipantsFile(fileName: string, bytes: Uint8Array, encoding?: string): ParticipantsTable {
  const decoded = decodeText(bytes, { fileName, ...(encoding ? { encoding } : {}) });
  const table = parseCsv(normalizeText(decoded.text), fileName);
  return readParticipants(table, fileName, table.rowWidths);
}
