// Everything that stops a REFI-QDA file from being read is one error type. It is
// an ImportError, so the CLI prints it as one line and the API returns it as the
// user's problem (bad_input), never as an internal error.
import { ImportError, type ImportErrorCode } from '../import/errors';

/** Why reading stopped: bad XML, a hostile archive or XML, or XML that is not REFI-QDA. */
export type RefiProblem = 'xml' | 'unsafe' | 'structure' | 'archive' | 'positions' | 'empty';

const CODES: Record<RefiProblem, ImportErrorCode> = {
  xml: 'corrupt',
  unsafe: 'corrupt',
  structure: 'format',
  archive: 'corrupt',
  positions: 'format',
  empty: 'empty',
};

export class RefiError extends ImportError {
  readonly problem: RefiProblem;

  constructor(problem: RefiProblem, where: { fileName: string; line?: number | undefined }, message: string) {
    // The message always starts with where: "project.qde line 12: …".
    const at = where.line !== undefined ? `${where.fileName} line ${where.line}` : where.fileName;
    super({ fileName: where.fileName, code: CODES[problem], ...(where.line !== undefined ? { line: where.line } : {}) }, `${at}: ${message}`);
    this.name = 'RefiError';
    this.problem = problem;
  }
}
