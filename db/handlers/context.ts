import type { ProjectDb } from '../open';
import type { UndoLog } from '../undo';

/** What project handlers need from the workspace: the open project and its undo log. */
export interface HandlerContext {
  need(): ProjectDb;
  undo(): UndoLog;
}
