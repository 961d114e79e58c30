// Shapes shared by every importer. Segment offsets are UTF-16 code units into
// the *normalised* text, half-open, matching the `segment` table.
import type { FoundSegment } from '../text/segments';

export interface ImportSegment extends FoundSegment {
  /** Media time, for caption sources and labels that carry a timestamp. */
  timeStartMs: number | null;
  timeEndMs: number | null;
}

export interface StructuredText {
  text: string;
  segments: ImportSegment[];
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
}
