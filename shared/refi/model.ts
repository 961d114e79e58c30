// The in-memory shape of a REFI-QDA exchange (QDA-XML 1.0): what the XML reader
// produces and the writer consumes. It mirrors the standard, not Qualia's tables,
// so that reading another tool's file and mapping it into a project are separate
// steps, each testable on its own.
//
// Positions are kept exactly as the file states them (`start`/`end` of a
// PlainTextSelection): whether they count code points or UTF-16 units, and over
// which form of the text, is decided later against the source text itself.

/** The five GUID-bearing kinds a NoteRef / MemberX / CodeRef can point to are all plain strings. */
export type Guid = string;

export interface RefiUser {
  guid: Guid;
  name?: string;
  id?: string;
}

export interface RefiCode {
  guid: Guid;
  name: string;
  isCodable: boolean;
  /** #RRGGBB, upper- or lower-case as written. */
  color?: string;
  description?: string;
  noteGuids: Guid[];
  children: RefiCode[];
}

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiVariable {
  guid: Guid;
  name: string;
  type: RefiVariableType;
  description?: string;
}

export interface RefiVariableValue {
  variableGuid: Guid;
  /** The value as written (TextValue, IntegerValue, …); null when the element is empty or absent. */
  value: string | null;
}

export interface RefiCase {
  guid: Guid;
  name?: string;
  description?: string;
  values: RefiVariableValue[];
  sourceGuids: Guid[];
}

export interface RefiCoding {
  guid: Guid;
  codeGuid: Guid;
  /** User GUID; absent in files from tools that do not record it. */
  creatingUser?: Guid;
  creationDateTime?: string;
}

export interface RefiSelection {
  guid: Guid;
  name?: string;
  /** As written in the file; units unknown until compared with the source text. */
  start: number;
  end: number;
  creatingUser?: Guid;
  creationDateTime?: string;
  description?: string;
  codings: RefiCoding[];
  noteGuids: Guid[];
  /** Line of the element in the file it was read from (import messages); writers ignore it. */
  line?: number;
}

export interface RefiTextSource {
  guid: Guid;
  name?: string;
  /** `internal://x.txt`, a relative path or a bare file name, as written. */
  plainTextPath?: string;
  richTextPath?: string;
  /** Inline text (PlainTextContent), used when present. */
  plainTextContent?: string;
  creatingUser?: Guid;
  creationDateTime?: string;
  description?: string;
  selections: RefiSelection[];
  noteGuids: Guid[];
  values: RefiVariableValue[];
  /** Line of the element in the file it was read from (import messages); writers ignore it. */
  line?: number;
}

/** A non-text source (picture, PDF, audio, video): kept only to report what was skipped. */
export interface RefiOtherSource {
  guid: Guid;
  name?: string;
  kind: 'PictureSource' | 'PDFSource' | 'AudioSource' | 'VideoSource';
  path?: string;
}

export interface RefiNote {
  guid: Guid;
  name?: string;
  creatingUser?: Guid;
  creationDateTime?: string;
  description?: string;
  /** PlainTextContent of the note (inline); notes pointing at a file keep its path. */
  text?: string;
  plainTextPath?: string;
}

export interface RefiSet {
  guid: Guid;
  name: string;
  description?: string;
  /** `targetGUID` (Project.xsd) or `guid` (Codebook.xsd): both are read. */
  memberCodes: Guid[];
  memberSources: Guid[];
  memberNotes: Guid[];
}

export interface RefiProject {
  name: string;
  origin?: string;
  creatingUserGuid?: Guid;
  creationDateTime?: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  otherSources: RefiOtherSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  description?: string;
  /** Project-level NoteRefs. */
  noteGuids: Guid[];
}

/** A stand-alone codebook (.qdc, Codebook.xsd). */
export interface RefiCodebook {
  origin?: string;
  codes: RefiCode[];
  sets: RefiSet[];
}

/** Namespaces written by Qualia; readers accept any namespace (matching by local name). */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
