// Shape of the bundled demo project's source data. The loader (db/demo/load.ts)
// turns it into rows; codings are anchored by quotation rather than by offset so
// the transcripts can be edited without recomputing numbers by hand.

export interface DemoParticipant {
  /** Case name, e.g. "Lucía" — also the speaker label used in the transcript. */
  name: string;
  gender: 'female' | 'male' | 'non-binary';
  /** Years at the organisation. */
  tenure: number;
  expertise: 'novice' | 'intermediate' | 'expert';
  area: string;
  mainTask: string;
}

export interface DemoDocument {
  /** Document name, e.g. "Interview 1 — Lucía". Unique. */
  name: string;
  /** Case name of the participant interviewed (a DemoParticipant.name). */
  participant: string;
  /**
   * Transcript text, LF line endings, one speaker turn per paragraph, each turn
   * starting with "Interviewer: " or "<Participant name>: ". Paragraphs separated
   * by a blank line.
   */
  text: string;
}

export interface DemoCode {
  /** Path with " > " between levels, e.g. "Learning > LPP". Parents listed before children. */
  path: string;
  colour: string; // #rrggbb
  definition: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  weight?: { min: number; max: number; labels: Record<string, string> };
}

export interface DemoCoding {
  coder: string; // a DemoCoder.name
  document: string; // a DemoDocument.name
  /** Exact substring of the document text; must occur exactly once in it. */
  quote: string;
  /** Code paths applied to this excerpt. */
  codes: string[];
  /** Weight for a weighted code among `codes` (only one weighted code per coding). */
  weight?: number;
  memo?: string;
}

export interface DemoCoder {
  name: string;
  colour: string;
}

export interface DemoTheme {
  name: string;
  description: string;
  codes: string[];
}

export interface DemoData {
  projectName: string;
  coders: DemoCoder[];
  participants: DemoParticipant[];
  documents: DemoDocument[];
  codes: DemoCode[];
  codings: DemoCoding[];
  themes: DemoTheme[];
}
