// One error type for everything that can go wrong while reading a file for
// import, so callers (CLI, UI) can show a single message that always names the
// file and, when it is about bytes, where in the file the problem is.

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'decode'
  | 'encoding'
  | 'unsupported'
  | 'too-large'
  | 'corrupt'
  | 'format'
  | 'unreadable';

export interface ImportErrorInit {
  fileName: string;
  code: ImportErrorCode;
  /** 0-based offset of the first offending byte in the original file. */
  byteOffset?: number;
  /** 1-based line of that byte. */
  line?: number;
}

export class ImportError extends Error {
  readonly fileName: string;
  readonly code: ImportErrorCode;
  readonly byteOffset?: number;
  readonly line?: number;

  constructor(init: ImportErrorInit, message: string) {
    super(message);
    this.name = 'ImportError';
    this.fileName = init.fileName;
    this.code = init.code;
    if (init.byteOffset !== undefined) this.byteOffset = init.byteOffset;
    if (init.line !== undefined) this.line = init.line;
  }
}

/** The final path component, so messages stay readable when given a full path. */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

/** Lower-case extension without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
