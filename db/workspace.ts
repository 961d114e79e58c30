// The Api implementation every host serves: it holds the open project (at most one
// per window/server) and routes each contract method to its service.
import { basename, resolve } from 'node:path';
import type { Api } from '../shared/api/contract';
import { ApiError } from '../shared/api/envelope';
import { createProject, type OpenOptions, openProject, type ProjectDb } from './open';
import type { RecentStore } from './recent';
import { listCases } from './services/cases';
import { listCoders, listCodes } from './services/codebook';
import { getDocument, listDocuments } from './services/documents';
import { renameDocument, setDocumentCase } from './services/documentEdits';
import { importCases } from './services/importCases';
import { importDocuments, type IncomingFile } from './services/importDocuments';
import { previewImport } from './services/importPreview';
import { projectInfo } from './services/projectInfo';
import { readParticipantsFile } from './services/readParticipants';
import { getSettings } from './services/settings';
import { documentSpeakers, mapSpeaker } from './services/speakers';
import { ImportError } from '../shared/import/errors';
import { agreementHandlers } from './handlers/agreement';
import { codebookFileHandlers } from './handlers/codebookFiles';
import { exchangeHandlers } from './handlers/exchange';
import { importQdpx } from './exchange/qdpxImport';
import { analysisHandlers } from './handlers/analysis';
import { codingHandlers } from './handlers/coding';
import { createUndoLog, type UndoLog } from './undo';
import { createAutoBackup } from './autoBackup';
import { type BackupSettingsStore, fileBackupSettings } from './backupSettings';
import { backupHandlers } from './handlers/backups';

const bytesOf = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
const fromWire = (f: { fileName: string; data: string; documentName?: string | undefined }): IncomingFile => ({
  fileName: f.fileName,
  bytes: bytesOf(f.data),
  ...(f.documentName ? { documentName: f.documentName } : {}),
});

/** An unreadable file is the user's to fix: say so with its own message, not as an internal error. */
async function asApiError<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ImportError) throw new ApiError('bad_input', err.message);
    throw err;
  }
}

export interface WorkspaceOptions {
  host: 'electron' | 'browser';
  version: string;
  recent: RecentStore;
  /** Native file dialog; absent in the browser host. */
  pickFile?: (mode: 'open' | 'create', kind: 'project' | 'qdpx' | 'codebook') => Promise<string | null>;
  open?: OpenOptions;
  /** Called whenever the open project changes (window title, menus). */
  onProjectChange?: (project: ProjectDb | null) => void;
  /** Backup settings; default: backups.json in the config folder (see docs/safety.md). */
  backups?: BackupSettingsStore;
}

export interface Workspace {
  api: Api;
  current(): ProjectDb | null;
  openPath(path: string): ProjectDb;
  close(): void;
  /** Resolves when no automatic backup is running (before quitting; in tests). */
  backupsIdle(): Promise<void>;
}

export function createWorkspace(opts: WorkspaceOptions): Workspace {
  let current: ProjectDb | null = null;
  let undoLog: UndoLog | null = null;
  const backupSettings = opts.backups ?? fileBackupSettings();
  const auto = createAutoBackup(backupSettings, opts.open ?? {});

  const need = (): ProjectDb => {
    if (!current) throw new ApiError('no_project', 'no project is open');
    return current;
  };
  const swap = (next: ProjectDb | null) => {
    current?.close();
    current = next;
    undoLog = next ? createUndoLog(next.sqlite) : null;
    if (next) opts.recent.add(next.path, projectInfo(next).name);
    opts.onProjectChange?.(next);
  };
  const openPath = (path: string) => {
    const p = openProject(resolve(path), opts.open);
    swap(p);
    auto.opened(p);
    return p;
  };
  // After a restore: the same file, new contents. Opened again before the old handle
  // closes, so this process never lets go of the project's lock in between.
  const reopen = () => {
    const p = openProject(need().path, opts.open);
    swap(p);
    auto.opened(p, { backup: false }); // the state it replaced was just backed up
    return p;
  };

  const context = {
    need,
    undo: () => {
      need();
      return undoLog!;
    },
  };

  const api: Api = {
    'app.info': async () => ({ host: opts.host, version: opts.version, canPickFiles: Boolean(opts.pickFile) }),
    'project.current': async () => (current ? projectInfo(current) : null),
    'project.open': async ({ path }) => projectInfo(openPath(path)),
    'project.create': async ({ path, name }) => {
      const abs = resolve(path.endsWith('.qualia') ? path : `${path}.qualia`);
      const p = createProject(abs, name ?? basename(abs, '.qualia'), opts.open);
      swap(p);
      auto.opened(p, { backup: false }); // nothing to keep yet; its first edit is backed up
      return projectInfo(p);
    },
    // Like project.create, a new file that is then open; the import itself is all or nothing.
    'exchange.importQdpx': async ({ sourcePath, projectPath }) => {
      const report = await asApiError(() => importQdpx(resolve(sourcePath), resolve(projectPath), opts.open ? { open: opts.open } : {}));
      return { report, project: projectInfo(openPath(report.path)) };
    },
    'project.close': async () => {
      swap(null);
      return null;
    },
    'project.recent': async () => opts.recent.list(),
    'project.pickFile': async ({ mode, kind }) => {
      if (!opts.pickFile) throw new ApiError('unsupported', 'file dialogs exist only in the desktop app; type the path instead');
      return { path: await opts.pickFile(mode, kind ?? 'project') };
    },
    'documents.list': async () => listDocuments(need()),
    'documents.get': async ({ id }) => getDocument(need(), id),
    'documents.rename': async ({ id, name }) => renameDocument(need(), id, name),
    'documents.setCase': async ({ id, caseId }) => setDocumentCase(need(), id, caseId),
    'documents.speakers': async ({ id }) => documentSpeakers(need(), id),
    'documents.mapSpeaker': async ({ id, speaker, caseId }) => {
      context.undo().run(`map speaker '${speaker}'`, () => mapSpeaker(need(), id, speaker, caseId));
      return documentSpeakers(need(), id);
    },
    'import.preview': async ({ files, ...settings }) => previewImport(need(), files.map(fromWire), settings),
    'documents.import': async ({ files, ...settings }) => asApiError(() => importDocuments(need(), files.map(fromWire), settings)),
    'cases.list': async () => listCases(need()),
    'cases.import': async ({ fileName, data, encoding, dryRun }) =>
      asApiError(async () => {
        const table = readParticipantsFile(fileName, bytesOf(data), encoding);
        const report = importCases(need(), table, { dryRun: Boolean(dryRun) });
        return { dryRun: Boolean(dryRun), caseColumn: table.caseColumn, fields: table.fields, cases: table.cases.length, ...report };
      }),
    'codes.list': async ({ viewerCoderId }) => {
      const settings = getSettings(need());
      return listCodes(need(), settings.blind && !settings.revealed ? (viewerCoderId ?? null) : null);
    },
    'coders.list': async () => listCoders(need()),
    ...codingHandlers(context),
    ...analysisHandlers(context),
    ...agreementHandlers(context, opts.version),
    ...exchangeHandlers(context, opts.version),
    ...codebookFileHandlers(context, opts.version),
    ...backupHandlers({ need, settings: backupSettings, auto, ...(opts.open ? { open: opts.open } : {}), reopen }),
  };
  // Whichever method changed data, it counts towards the next automatic backup.
  for (const method of Object.keys(api) as (keyof Api)[]) {
    const inner = api[method] as (input: unknown) => Promise<unknown>;
    (api as Record<string, (input: unknown) => Promise<unknown>>)[method] = async (input) => {
      try {
        return await inner(input);
      } finally {
        if (current) auto.touched(current);
      }
    };
  }

  return { api, current: () => current, openPath, close: () => swap(null), backupsIdle: () => auto.idle() };
}
